package dev.signals.dispatch;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.signals.ModelSignal;
import dev.signals.Phase;
import dev.signals.Signal;
import dev.signals.SignalConnection;
import dev.signals.SignalEvent;
import dev.signals.SignalResponse;
import dev.signals.SignalType;
import dev.signals.Signals;
import org.jspecify.annotations.Nullable;

import org.springframework.core.Ordered;
import org.springframework.util.Assert;

/**
 * The {@link Signals} of an application context, backed by its receiver registry and
 * dispatcher.
 *
 * @since 0.1.0
 */
public final class DispatchingSignals implements Signals {

	private final ReceiverRegistry registry;

	private final SignalDispatcher dispatcher;

	/**
	 * Create the facade.
	 * @param registry the receivers
	 * @param dispatcher the delivery of signals
	 */
	public DispatchingSignals(ReceiverRegistry registry, SignalDispatcher dispatcher) {
		Assert.notNull(registry, "'registry' must not be null");
		Assert.notNull(dispatcher, "'dispatcher' must not be null");
		this.registry = registry;
		this.dispatcher = dispatcher;
	}

	@Override
	public <P> List<SignalResponse> send(Signal<P> signal, Object sender, P payload) {
		return send(signal, sender, payload, false);
	}

	@Override
	public <P> List<SignalResponse> sendRobust(Signal<P> signal, Object sender, P payload) {
		return send(signal, sender, payload, true);
	}

	private <P> List<SignalResponse> send(Signal<P> signal, Object sender, P payload, boolean robust) {
		Route route = this.registry.route(SignalType.CUSTOM, signal.payloadType());
		if (route.isEmpty()) {
			return List.of();
		}
		return this.dispatcher.send(route, new SignalEvent<>(signal, sender, payload), robust);
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> SignalConnection connect(SignalType type, @Nullable Class<T> sender,
			Consumer<? super ModelSignal<T>> receiver, String id, Phase phase) {
		Assert.isTrue(type.isModelSignal(), () -> type + " is not a model signal type; receive "
				+ "BulkChanged, request and migration signals with @SignalReceiver, and custom signals with "
				+ "connect(Signal, ...)");
		Assert.notNull(receiver, "'receiver' must not be null");
		return connect(new Receiver(id, "connected " + type, EnumSet.of(type), senders(sender), phase,
				Ordered.LOWEST_PRECEDENCE, (signal) -> {
					receiver.accept((ModelSignal<T>) signal);
					return null;
				}));
	}

	@Override
	@SuppressWarnings("unchecked")
	public <P> SignalConnection connect(Signal<P> signal, @Nullable Class<?> sender,
			Function<? super SignalEvent<P>, ?> receiver, String id, Phase phase) {
		Assert.notNull(receiver, "'receiver' must not be null");
		Predicate<Object> fromSender = (sent) -> sender == null || sender.isInstance(((SignalEvent<?>) sent).sender());
		return connect(new Receiver(id, "connected to " + signal.name(), EnumSet.of(SignalType.CUSTOM),
				new Class<?>[] { signal.payloadType() }, phase, Ordered.LOWEST_PRECEDENCE,
				(sent) -> receiver.apply((SignalEvent<P>) sent), fromSender)
			.withSignal(signal));
	}

	/**
	 * Connect a receiver; when its id is taken, nothing changes (Django's
	 * {@code dispatch_uid}) and the connection returned cannot disconnect the other receiver.
	 */
	private SignalConnection connect(Receiver receiver) {
		Receiver registered = this.registry.registerIfAbsent(receiver);
		return new Connection(receiver, registered == receiver);
	}

	private static Class<?>[] senders(@Nullable Class<?> sender) {
		return (sender != null) ? new Class<?>[] { sender } : new Class<?>[0];
	}

	@Override
	public boolean disconnect(String id) {
		Receiver receiver = this.registry.find(id);
		return receiver != null && this.registry.unregister(receiver);
	}

	@Override
	public boolean hasListeners(SignalType type, Class<?> sender) {
		return !this.registry.route(type, sender).isEmpty();
	}

	@Override
	public boolean hasListeners(Signal<?> signal) {
		Route route = this.registry.route(SignalType.CUSTOM, signal.payloadType());
		return route.publish() || route.receivers().stream().anyMatch((receiver) -> receiver.receives(signal));
	}

	@Override
	public <T> T raw(Supplier<T> work) {
		return this.dispatcher.raw(work);
	}

	@Override
	public <T> T muted(Supplier<T> work) {
		return this.dispatcher.muted(work);
	}

	@Override
	public Map<String, Long> failureCounts() {
		return this.dispatcher.failureCounts();
	}

	private final class Connection implements SignalConnection {

		private final Receiver receiver;

		private final boolean connected;

		Connection(Receiver receiver, boolean connected) {
			this.receiver = receiver;
			this.connected = connected;
		}

		@Override
		public String id() {
			return this.receiver.id();
		}

		@Override
		public boolean disconnect() {
			return this.connected && DispatchingSignals.this.registry.unregister(this.receiver);
		}

	}

}
