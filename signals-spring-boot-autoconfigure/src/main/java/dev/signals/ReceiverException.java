package dev.signals;

/**
 * Thrown when a receiver fails with a checked exception, or when its condition fails;
 * unchecked exceptions of receivers propagate as they are.
 *
 * @since 0.1.0
 */
public class ReceiverException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param message what failed, naming the receiver
	 * @param cause the exception of the receiver or of its condition
	 */
	public ReceiverException(String message, Throwable cause) {
		super(message, cause);
	}

}
