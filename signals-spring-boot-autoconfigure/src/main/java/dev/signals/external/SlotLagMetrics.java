package dev.signals.external;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Publishes the replication slot's lag, as read by {@link SlotLag}, as the gauge
 * {@code signals.external.slot.lag} (bytes of WAL the slot keeps, {@code -1} before the
 * first check), tagged with the slot's name.
 */
final class SlotLagMetrics implements MeterBinder {

	private final SlotLag lag;

	private final String slotName;

	SlotLagMetrics(SlotLag lag, String slotName) {
		this.lag = lag;
		this.slotName = slotName;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("signals.external.slot.lag", this.lag, SlotLag::behindBytes)
			.description("WAL the replication slot of external receivers keeps")
			.baseUnit("bytes")
			.tag("slot", this.slotName)
			.register(registry);
	}

}
