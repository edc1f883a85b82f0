package dev.signals;

/**
 * When a receiver runs relative to the transaction that produced the signal.
 *
 * <p>Every phase but {@link #IMMEDIATE} queues the signal on the current transaction and
 * delivers it at that moment of the transaction's completion. Outside a transaction,
 * {@link #BEFORE_COMMIT}, {@link #AFTER_COMMIT} and {@link #AFTER_COMPLETION} receivers run
 * at once (as Django's {@code transaction.on_commit} does in autocommit mode) and
 * {@link #AFTER_ROLLBACK} receivers never run.
 *
 * @since 0.1.0
 */
public enum Phase {

	/**
	 * Synchronously, where the signal is sent (for model signals: inside the flush). An
	 * exception propagates to the caller and the transaction rolls back.
	 */
	IMMEDIATE,

	/**
	 * Just before the transaction commits; an exception rolls the transaction back.
	 */
	BEFORE_COMMIT,

	/**
	 * After the transaction committed; never for a rolled-back transaction. A failure is
	 * logged and does not stop the other receivers.
	 */
	AFTER_COMMIT,

	/**
	 * After the transaction rolled back. A failure is logged and does not stop the other
	 * receivers.
	 */
	AFTER_ROLLBACK,

	/**
	 * After the transaction completed, whether it committed or rolled back. A failure is
	 * logged and does not stop the other receivers.
	 */
	AFTER_COMPLETION

}
