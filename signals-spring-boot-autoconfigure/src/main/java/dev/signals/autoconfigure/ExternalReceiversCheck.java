package dev.signals.autoconfigure;

import java.util.List;

import dev.signals.SignalsConfigurationException;
import dev.signals.dispatch.Receiver;
import dev.signals.dispatch.ReceiverRegistry;

import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Fails startup when a receiver is declared external but changes made by other programs
 * are not read ({@code signals.external.enabled} is not {@code true}): it would never run.
 */
final class ExternalReceiversCheck implements SmartInitializingSingleton {

	private final ReceiverRegistry registry;

	private final SignalsProperties properties;

	ExternalReceiversCheck(ReceiverRegistry registry, SignalsProperties properties) {
		this.registry = registry;
		this.properties = properties;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> external = this.registry.names(Receiver::isExternal);
		if (!external.isEmpty() && !this.properties.getExternal().isEnabled()) {
			throw new SignalsConfigurationException("External receivers " + external
					+ " get changes made by other programs, but signals.external.enabled is not true: they would "
					+ "never run.",
					"Set signals.external.enabled=true (with Debezium's debezium-embedded, "
							+ "debezium-connector-postgres and debezium-storage-jdbc on the class path), or remove "
							+ "external = true.");
		}
	}

}
