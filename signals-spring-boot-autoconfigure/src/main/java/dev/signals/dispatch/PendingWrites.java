package dev.signals.dispatch;

/**
 * Writes the persistence contexts of the current transaction to the database, so that the
 * signals of those writes are sent before the before-commit receivers run.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface PendingWrites {

	/** Nothing to write. */
	PendingWrites NONE = () -> {
	};

	/**
	 * Flush the persistence contexts bound to the current transaction.
	 */
	void flush();

	/**
	 * Whether the persistence contexts bound to the current transaction hold changes that
	 * were not written. After commit, such changes are never written.
	 * @return {@code true} when something would be lost
	 */
	default boolean unwritten() {
		return false;
	}

}
