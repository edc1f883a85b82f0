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

	private final ThreadLocal<@Nullable SharedSessionContractImplementor> writing = new ThreadLocal<>();

	SignalSender(ReceiverRegistry registry, SignalDispatcher dispatcher, String using) {
		this.registry = registry;
		this.dispatcher = dispatcher;
		this.using = using;
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

	/**
	 * Deliver a signal sent while Hibernate writes the session: in its flush, or inside the
	 * INSERT of an entity whose id the database generates. Its receivers may not flush the
	 * session ({@link ReentrantFlushCheck}), and the queries they run do not flush it
	 * automatically (its flush mode is manual meanwhile): Hibernate cannot flush
	 * re-entrantly, it would run the statements it is running again or drop those still to
	 * run.
	 */
	void sendWhileWriting(Route route, Object signal, SharedSessionContractImplementor session) {
		if (!(session instanceof SessionImplementor stateful)) {
			send(route, signal, session);
			return;
		}
		SharedSessionContractImplementor outer = this.writing.get();
		FlushMode flushMode = stateful.getHibernateFlushMode();
		this.writing.set(session);
		stateful.setHibernateFlushMode(FlushMode.MANUAL);
		try {
			send(route, signal, session);
		}
		finally {
			stateful.setHibernateFlushMode(flushMode);
			this.writing.set(outer);
		}
	}

	/**
	 * Whether the current thread is delivering a signal sent while Hibernate writes the
	 * session.
	 */
	boolean isWriting(SharedSessionContractImplementor session) {
		return this.writing.get() == session;
	}

	void send(Route route, Object signal, SharedSessionContractImplementor session) {
		boolean ownTransaction = route.hasDeferred() && !TransactionSynchronizationManager.isSynchronizationActive();
		this.dispatcher.dispatch(route, signal, ownTransaction ? SessionTransactionHooks.of(session) : null);
	}

}
