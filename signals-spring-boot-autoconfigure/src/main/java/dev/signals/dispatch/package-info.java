/**
 * Receiver registry and signal delivery: which receivers a signal goes to, in which order,
 * and in which phase of the transaction. Internal: the public types here are public for the
 * library's other packages, not part of its supported API ({@code dev.signals} is).
 */
@NullMarked
package dev.signals.dispatch;

import org.jspecify.annotations.NullMarked;
