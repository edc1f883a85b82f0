/**
 * Durable receivers on Spring Modulith's event publication registry: each signal a durable
 * receiver wants is stored in the writing transaction, delivered after the commit, retried
 * with backoff, and resubmitted after a crash, claimed so that two instances never run one
 * delivery at once. Configured when Modulith's JDBC registry is there
 * ({@code signals.durable.*}).
 */
@NullMarked
package dev.signals.durable;

import org.jspecify.annotations.NullMarked;
