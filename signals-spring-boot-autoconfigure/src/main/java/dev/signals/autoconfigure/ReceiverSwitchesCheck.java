package dev.signals.autoconfigure;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.signals.SignalsConfigurationException;
import dev.signals.dispatch.Receiver;
import dev.signals.dispatch.ReceiverRegistry;

import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Fails startup when {@code signals.receivers} switches a receiver id that no receiver has,
 * since such a switch is almost always a typo that silently does nothing. Skipped when the
 * context has no receiver at all, as in test slices that leave the receiver beans out.
 */
final class ReceiverSwitchesCheck implements SmartInitializingSingleton {

	private final SignalsProperties properties;

	private final ReceiverRegistry registry;

	ReceiverSwitchesCheck(SignalsProperties properties, ReceiverRegistry registry) {
		this.properties = properties;
		this.registry = registry;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Set<String> ids = this.registry.receivers()
			.stream()
			.map(Receiver::id)
			.collect(Collectors.toCollection(TreeSet::new));
		if (ids.isEmpty()) {
			return;
		}
		Set<String> known = ids.stream().map(PropertiesSignalSwitches::normalize).collect(Collectors.toSet());
		for (String key : this.properties.getReceivers().keySet()) {
			if (!known.contains(PropertiesSignalSwitches.normalize(key))) {
				throw new SignalsConfigurationException("Property 'signals.receivers." + key
						+ "' names no signal receiver. Receiver ids are " + ids + ".",
						"Switch one of the ids " + ids + " in 'signals.receivers', or give the receiver the id '"
								+ key + "' with @SignalReceiver(id = ...).");
			}
		}
	}

}
