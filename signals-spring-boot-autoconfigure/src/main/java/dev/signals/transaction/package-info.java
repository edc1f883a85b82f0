/**
 * Transaction management that takes part in signal delivery: a JPA transaction manager
 * after which after-commit receivers run with the transaction's connection back in the pool.
 */
@NullMarked
package dev.signals.transaction;

import org.jspecify.annotations.NullMarked;
