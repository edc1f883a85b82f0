package dev.signals.actuate;

import java.util.List;
import java.util.Map;

import dev.signals.Signals;
import dev.signals.dispatch.Receiver;
import dev.signals.dispatch.ReceiverRegistry;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code signals} health contributor: up, with how many receivers there are, which are
 * switched off and how often each failed where its caller did not get the exception. A
 * receiver's failure leaves the application up: it was logged, and the transaction it
 * belonged to had already completed.
 *
 * @since 0.1.0
 */
public class SignalsHealthIndicator extends AbstractHealthIndicator {

	private final ReceiverRegistry registry;

	private final Signals signals;

	/**
	 * Create the health indicator.
	 * @param registry the receivers
	 * @param signals where the failure counts come from
	 */
	public SignalsHealthIndicator(ReceiverRegistry registry, Signals signals) {
		super("Signals health check failed");
		this.registry = registry;
		this.signals = signals;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		List<Receiver> receivers = this.registry.receivers();
		List<String> switchedOff = receivers.stream()
			.map(Receiver::id)
			.filter((id) -> !this.registry.isReceiverEnabled(id))
			.sorted()
			.toList();
		Map<String, Long> failures = this.signals.failureCounts();
		builder.up()
			.withDetail("receivers", receivers.size())
			.withDetail("switchedOff", switchedOff)
			.withDetail("failures", failures);
	}

}
