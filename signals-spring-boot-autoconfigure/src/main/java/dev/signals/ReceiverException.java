package dev.signals;

/**
 * Thrown when a receiver fails with a checked exception; unchecked exceptions of receivers
 * propagate as they are.
 *
 * @since 0.1.0
 */
public class ReceiverException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param message what failed, naming the receiver
	 * @param cause the receiver's exception
	 */
	public ReceiverException(String message, Throwable cause) {
		super(message, cause);
	}

}
