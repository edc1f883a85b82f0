package dev.signals.autoconfigure;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
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

/**
 * The {@link Signals} of an application with {@code signals.enabled=false}: beans that use
 * it still start, nothing is sent and no receiver is connected.
 */
final class DisabledSignals implements Signals {

	@Override
	public <P> List<SignalResponse> send(Signal<P> signal, Object sender, P payload) {
		return List.of();
	}

	@Override
	public <P> List<SignalResponse> sendRobust(Signal<P> signal, Object sender, P payload) {
		return List.of();
	}

	@Override
	public <T> SignalConnection connect(SignalType type, @Nullable Class<T> sender,
			Consumer<? super ModelSignal<T>> receiver, String id, Phase phase) {
		return disconnected(id);
	}

	@Override
	public <P> SignalConnection connect(Signal<P> signal, @Nullable Class<?> sender,
			Function<? super SignalEvent<P>, ?> receiver, String id, Phase phase) {
		return disconnected(id);
	}

	private static SignalConnection disconnected(String id) {
		return new SignalConnection() {

			@Override
			public String id() {
				return id;
			}

			@Override
			public boolean disconnect() {
				return false;
			}

		};
	}

	@Override
	public boolean disconnect(String id) {
		return false;
	}

	@Override
	public boolean hasListeners(SignalType type, Class<?> sender) {
		return false;
	}

	@Override
	public boolean hasListeners(Signal<?> signal) {
		return false;
	}

	@Override
	public <T> T raw(Supplier<T> work) {
		return work.get();
	}

	@Override
	public <T> T muted(Supplier<T> work) {
		return work.get();
	}

	@Override
	public Map<String, Long> failureCounts() {
		return Map.of();
	}

}
