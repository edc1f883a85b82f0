package dev.signals.hibernate;

import dev.signals.SignalType;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.dispatch.Route;
import dev.signals.dispatch.SignalDispatcher;
import org.hibernate.FlushMode;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.jspecify.annotations.Nullable;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What every Hibernate listener of one persistence unit shares: where to look up routes,
 * how to deliver, and the unit's name.
 */
final class SignalSender {

	private final ReceiverRegistry registry;

	private final SignalDispatcher dispatcher;

	private final String using;

	private final DeferredSignals deferred;

	private final ThreadLocal<ThreadWrites> threads = ThreadLocal.withInitial(ThreadWrites::new);

	SignalSender(ReceiverRegistry registry, SignalDispatcher dispatcher, String using) {
		this.registry = registry;
		this.dispatcher = dispatcher;
		this.using = using;
		this.deferred = new DeferredSignals(this, dispatcher);
	}

	boolean hasReceivers(SignalType type) {
		return this.registry.hasReceivers(type);
	}

	Route route(SignalType type, Class<?> entityClass) {
		if (!this.registry.hasReceivers(type) || this.dispatcher.isMuted()) {
			return Route.EMPTY;
		}
		return this.registry.route(type, entityClass);
	}

	String using() {
		return this.using;
	}

	boolean raw() {
		return this.dispatcher.isRaw();
	}

	@Nullable String runningReceivers() {
		return this.dispatcher.runningReceivers();
	}

	DeferredSignals deferred() {
		return this.deferred;
	}

	/**
	 * What the current thread's writes hold.
	 */
	ThreadWrites writes() {
		return this.threads.get();
	}

	/**
	 * Deliver a signal that Hibernate's write sends before or after a row's SQL.
	 * @param before whether it comes before the SQL
	 * @param route the signal's route
	 * @param signal the signal
	 * @param session the session being written
	 * @see #sendBeforeWrite
	 * @see #sendAfterWrite
	 */
	void sendInWrite(boolean before, Route route, Object signal, SharedSessionContractImplementor session) {
		if (before) {
			sendBeforeWrite(route, signal, session);
		}
		else {
			sendAfterWrite(route, signal, session);
		}
	}

	/**
	 * Deliver, at once, a signal that Hibernate's write sends before a row's SQL
	 * ({@code PreSave}, the {@code PRE_*} actions of {@code M2MChanged}, the
	 * {@code PreDelete} of an orphan the flush removes). Its receivers run inside the write:
	 * they may change their instance and other loaded entities and read anything (their
	 * queries do not flush: the session's flush mode is manual meanwhile), but they may not
	 * flush, persist, merge or remove ({@link WriteStart} refuses with a clear exception).
	 * The session is flushed once more when the write ends, so that what they changed in
	 * other entities is written too.
	 */
	void sendBeforeWrite(Route route, Object signal, SharedSessionContractImplementor session) {
		if (!(session instanceof SessionImplementor stateful)) {
			send(route, signal, session);
			return;
		}
		ThreadWrites writes = this.threads.get();
		SharedSessionContractImplementor outer = writes.writing();
		FlushMode flushMode = stateful.getHibernateFlushMode();
		writes.writing(session);
		stateful.setHibernateFlushMode(FlushMode.MANUAL);
		try {
			send(route, signal, session);
		}
		finally {
			stateful.setHibernateFlushMode(flushMode);
			writes.writing(outer);
		}
		this.deferred.receiversRanInWrite(writes, stateful);
	}

	/**
	 * Deliver a signal that Hibernate's write sends after a row's SQL ({@code PostSave},
	 * {@code PostDelete}, the {@code POST_*} actions of {@code M2MChanged}) once the write
	 * has ended: at the end of the flush, or of the {@code persist()}/{@code merge()} whose
	 * insert of a database-generated id sent it. Its receivers then run outside Hibernate's
	 * write and may use the session freely ({@link DeferredSignals}). A session without a
	 * persistence context ({@code StatelessSession}) delivers at once.
	 */
	void sendAfterWrite(Route route, Object signal, SharedSessionContractImplementor session) {
		if (session instanceof SessionImplementor stateful) {
			this.deferred.add(this.threads.get(), stateful, route, signal);
		}
		else {
			send(route, signal, session);
		}
	}

	/**
	 * Whether the current thread is delivering a signal sent before a row's SQL while
	 * Hibernate writes the session.
	 */
	boolean isWriting(SharedSessionContractImplementor session) {
		return this.threads.get().isWriting(session);
	}

	void send(Route route, Object signal, SharedSessionContractImplementor session) {
		boolean ownTransaction = route.hasDeferred() && !TransactionSynchronizationManager.isSynchronizationActive();
		this.dispatcher.dispatch(route, signal, ownTransaction ? SessionTransactionHooks.of(session) : null);
	}

}
