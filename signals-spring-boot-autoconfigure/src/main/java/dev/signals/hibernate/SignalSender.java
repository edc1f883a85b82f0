package dev.signals.hibernate;

import dev.signals.SignalType;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.dispatch.Route;
import dev.signals.dispatch.SignalDispatcher;
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

	void send(Route route, Object signal, SharedSessionContractImplementor session) {
		boolean ownTransaction = route.hasDeferred() && !TransactionSynchronizationManager.isSynchronizationActive();
		this.dispatcher.dispatch(route, signal, ownTransaction ? SessionTransactionHooks.of(session) : null);
	}

}
