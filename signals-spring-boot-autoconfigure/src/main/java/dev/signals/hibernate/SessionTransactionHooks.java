package dev.signals.hibernate;

import dev.signals.dispatch.TransactionHooks;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.jspecify.annotations.Nullable;

/**
 * The completion callbacks of a Hibernate session's own transaction, for writes made in a
 * transaction that Spring does not manage.
 */
final class SessionTransactionHooks implements TransactionHooks {

	private final SharedSessionContractImplementor session;

	private SessionTransactionHooks(SharedSessionContractImplementor session) {
		this.session = session;
	}

	static @Nullable TransactionHooks of(SharedSessionContractImplementor session) {
		return session.isTransactionInProgress() ? new SessionTransactionHooks(session) : null;
	}

	@Override
	public void beforeCommit(Runnable callback) {
		this.session.getTransactionCompletionCallbacks()
			.registerCallback((BeforeCompletionCallback) (completing) -> callback.run());
	}

	@Override
	public void afterCompletion(CompletionCallback callback) {
		this.session.getTransactionCompletionCallbacks()
			.registerCallback((AfterCompletionCallback) (success, completing) -> callback.completed(success));
	}

}
