package dev.signals;

/**
 * What happens when a receiver throws, set per {@link Phase} with
 * {@code signals.failure-policy.<phase>}.
 *
 * @since 0.1.0
 */
public enum FailurePolicy {

	/**
	 * The exception propagates: the receivers after it do not run, and in the
	 * {@link Phase#IMMEDIATE} and {@link Phase#BEFORE_COMMIT} phases the transaction rolls
	 * back. The default of those two phases.
	 */
	PROPAGATE,

	/**
	 * The exception is logged with the receiver's id and counted, and the other receivers
	 * still run. The default of the after-completion phases.
	 */
	LOG

}
