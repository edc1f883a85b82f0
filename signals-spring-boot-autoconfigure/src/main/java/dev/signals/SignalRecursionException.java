package dev.signals;

/**
 * Thrown when a receiver's work sends the same signal about the same entity again while it
 * is still being delivered, deeper than {@code signals.recursion.max-depth} allows: the
 * classic receiver that saves its own instance and would otherwise recurse until the stack
 * overflows.
 *
 * @since 0.1.0
 */
public class SignalRecursionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param message the chain of receivers and the entity
	 */
	public SignalRecursionException(String message) {
		super(message);
	}

}
