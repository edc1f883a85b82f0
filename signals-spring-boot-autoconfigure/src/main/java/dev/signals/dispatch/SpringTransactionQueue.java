package dev.signals.dispatch;

import org.jspecify.annotations.Nullable;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Binds a {@link PhaseQueue} to the current Spring-managed transaction and runs it from the
 * transaction's synchronization callbacks.
 */
final class SpringTransactionQueue implements TransactionSynchronization {

	/**
	 * How many times before-commit receivers may make the flush before the commit send more
	 * before-commit signals; after that, the rest are delivered by the commit's own flush.
	 */
	private static final int MAX_BEFORE_COMMIT_ROUNDS = 10;

	private final SignalDispatcher key;

	private final PendingWrites pendingWrites;

	private final PhaseQueue queue;

	private SpringTransactionQueue(SignalDispatcher dispatcher, PendingWrites pendingWrites) {
		this.key = dispatcher;
		this.pendingWrites = pendingWrites;
		this.queue = new PhaseQueue(dispatcher);
	}

	/**
	 * The queue of the current transaction, created on first use.
	 * @param dispatcher the dispatcher that delivers the queued signals, also the resource key
	 * @param pendingWrites what to flush before the before-commit receivers run
	 * @return the queue, or {@code null} without an active transaction synchronization
	 */
	static @Nullable PhaseQueue current(SignalDispatcher dispatcher, PendingWrites pendingWrites) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return null;
		}
		SpringTransactionQueue bound = (SpringTransactionQueue) TransactionSynchronizationManager.getResource(dispatcher);
		if (bound == null) {
			bound = new SpringTransactionQueue(dispatcher, pendingWrites);
			TransactionSynchronizationManager.bindResource(dispatcher, bound);
			TransactionSynchronizationManager.registerSynchronization(bound);
		}
		return bound.queue;
	}

	@Override
	public void suspend() {
		TransactionSynchronizationManager.unbindResource(this.key);
	}

	@Override
	public void resume() {
		TransactionSynchronizationManager.bindResource(this.key, this);
	}

	/**
	 * Flush, then deliver the before-commit signals, and again while the receivers' changes
	 * send more: the commit's own flush then usually has nothing left to write, and
	 * before-commit receivers do not run inside it (where they could not flush).
	 */
	@Override
	public void beforeCommit(boolean readOnly) {
		int rounds = 0;
		do {
			if (!readOnly) {
				this.pendingWrites.flush();
			}
		}
		while (this.queue.runBeforeCommit() && !readOnly && ++rounds < MAX_BEFORE_COMMIT_ROUNDS);
		this.queue.beforeCommit();
	}

	/**
	 * Run the after-phase receivers once the transaction manager has finished (see
	 * {@link CompletionWork}), or now when it is not wrapped.
	 */
	@Override
	public void afterCompletion(int status) {
		TransactionSynchronizationManager.unbindResourceIfPossible(this.key);
		boolean committed = status == STATUS_COMMITTED;
		if (!CompletionWork.handOver(() -> this.queue.afterCompletion(committed))) {
			this.queue.afterCompletion(committed);
		}
	}

}
