package dev.signals;

/**
 * Thrown when a receiver that runs inside Hibernate's write (a {@link PreSave} receiver, a
 * receiver of a {@code PRE_*} {@link M2MChanged} action, or of the {@link PreDelete} of an
 * orphan that the flush removes) flushes, persists, merges or removes entities: Hibernate
 * cannot take new writes while it executes its statements. The message names the receiver
 * and says where such a write belongs (a {@link PostSave} receiver, or the
 * {@link Phase#BEFORE_COMMIT} phase). The transaction is marked for rollback.
 *
 * @since 0.1.0
 */
public class ReceiverWriteException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param message the receiver, what it tried, and what to do instead
	 */
	public ReceiverWriteException(String message) {
		super(message);
	}

}
