package dev.signals.test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.signals.Phase;
import dev.signals.SignalType;
import dev.signals.dispatch.Receiver;
import dev.signals.dispatch.ReceiverRegistry;

import org.springframework.core.Ordered;

/**
 * Records signals through a receiver of every type that runs before all others, registered
 * only while a test method runs.
 */
final class SignalRecorder implements RecordedSignals {

	static final String RECEIVER_ID = "signals-test-recorder";

	private final List<Object> signals = new CopyOnWriteArrayList<>();

	private final Receiver receiver = new Receiver(RECEIVER_ID, "@RecordSignals", EnumSet.allOf(SignalType.class),
			new Class<?>[0], Phase.IMMEDIATE, Ordered.HIGHEST_PRECEDENCE, (signal) -> {
				this.signals.add(signal);
				return null;
			});

	void start(ReceiverRegistry registry) {
		clear();
		registry.registerIfAbsent(this.receiver);
	}

	void stop(ReceiverRegistry registry) {
		registry.unregister(this.receiver);
	}

	@Override
	public List<Object> all() {
		return List.copyOf(this.signals);
	}

	@Override
	public <S> List<S> of(Class<S> signalClass) {
		List<S> matching = new ArrayList<>();
		for (Object signal : this.signals) {
			if (signalClass.isInstance(signal)) {
				matching.add(signalClass.cast(signal));
			}
		}
		return matching;
	}

	@Override
	public List<SignalType> types() {
		return this.signals.stream().map(SignalType::of).toList();
	}

	@Override
	public void clear() {
		this.signals.clear();
	}

}
