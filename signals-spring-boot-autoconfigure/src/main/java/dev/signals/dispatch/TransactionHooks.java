package dev.signals.dispatch;

/**
 * Completion callbacks of a transaction that Spring does not manage, such as a Hibernate
 * session's own transaction. Used when no Spring transaction synchronization is active.
 *
 * @since 0.1.0
 */
public interface TransactionHooks {

	/**
	 * Run code just before the transaction commits.
	 * @param callback the code
	 */
	void beforeCommit(Runnable callback);

	/**
	 * Run code after the transaction completed.
	 * @param callback the code, given whether the transaction committed
	 */
	void afterCompletion(CompletionCallback callback);

	/**
	 * Code to run after a transaction completed.
	 */
	@FunctionalInterface
	interface CompletionCallback {

		/**
		 * Called after completion.
		 * @param committed whether the transaction committed
		 */
		void completed(boolean committed);

	}

}
