package dev.signals.autoconfigure;

import java.util.List;

import dev.signals.SignalsConfigurationException;
import dev.signals.dispatch.DurableDelivery;
import dev.signals.dispatch.Receiver;
import dev.signals.dispatch.ReceiverRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Fails startup when a receiver is declared durable but nothing can store its deliveries:
 * Spring Modulith's JDBC event publication registry is missing.
 */
final class DurableReceiversCheck implements SmartInitializingSingleton {

	private final ReceiverRegistry registry;

	private final ObjectProvider<DurableDelivery> durableDelivery;

	DurableReceiversCheck(ReceiverRegistry registry, ObjectProvider<DurableDelivery> durableDelivery) {
		this.registry = registry;
		this.durableDelivery = durableDelivery;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<String> durable = this.registry.names(Receiver::isDurable);
		if (!durable.isEmpty() && this.durableDelivery.getIfAvailable() == null) {
			throw new SignalsConfigurationException("Durable receivers " + durable + " need Spring Modulith's JDBC "
					+ "event publication registry to store their deliveries, and the application has none.",
					"Add org.springframework.modulith:spring-modulith-starter-jdbc (version from "
							+ "spring-modulith-bom) and its EVENT_PUBLICATION table (a migration, or "
							+ "spring.modulith.events.jdbc.schema-initialization.enabled=true), or remove "
							+ "durable = true.");
		}
	}

}
