package dev.signals.observation;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.signals.SignalType;
import dev.signals.dispatch.DeliveryObserver;
import dev.signals.observation.SignalsObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the signals sent ({@link SignalsMeterDocumentation#SIGNALS_SENT}) and records the
 * deliveries each transaction queued ({@link SignalsMeterDocumentation#TRANSACTION_QUEUE_DEPTH}).
 * The counter of each signal type and sender class is looked up once and kept.
 */
final class SignalMeters implements DeliveryObserver {

	private final MeterRegistry registry;

	private final Map<SignalType, Map<Class<?>, Counter>> sent = new EnumMap<>(SignalType.class);

	private final DistributionSummary queueDepth;

	SignalMeters(MeterRegistry registry) {
		this.registry = registry;
		for (SignalType type : SignalType.values()) {
			this.sent.put(type, new ConcurrentHashMap<>());
		}
		this.queueDepth = DistributionSummary.builder(SignalsMeterDocumentation.TRANSACTION_QUEUE_DEPTH.getName())
			.description("Deliveries a transaction queued for its before-commit and after-completion receivers")
			.baseUnit(SignalsMeterDocumentation.TRANSACTION_QUEUE_DEPTH.getBaseUnit())
			.register(registry);
	}

	@Override
	public void signalSent(Object signal) {
		SignalType type = SignalType.of(signal);
		Class<?> sender = SignalOrigin.sender(signal);
		Map<Class<?>, Counter> counters = this.sent.get(type);
		Counter counter = counters.get(sender);
		if (counter == null) {
			counter = counters.computeIfAbsent(sender, (key) -> counter(type, key));
		}
		counter.increment();
	}

	private Counter counter(SignalType type, Class<?> sender) {
		return Counter.builder(SignalsMeterDocumentation.SIGNALS_SENT.getName())
			.description("Signals sent to at least one receiver or listener")
			.tag(LowCardinalityKeyNames.SIGNAL_TYPE.asString(), type.name())
			.tag(LowCardinalityKeyNames.SIGNAL_SENDER.asString(), sender.getName())
			.register(this.registry);
	}

	@Override
	public void transactionCompleted(int deliveries) {
		this.queueDepth.record(deliveries);
	}

	@Override
	public String toString() {
		return "signal meters of " + this.registry;
	}

}
