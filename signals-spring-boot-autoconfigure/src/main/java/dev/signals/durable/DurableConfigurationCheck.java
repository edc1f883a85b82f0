package dev.signals.durable;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.signals.SignalType;
import dev.signals.SignalsConfigurationException;
import dev.signals.dispatch.Receiver;
import dev.signals.dispatch.ReceiverRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;

/**
 * Fails startup when durable receivers cannot work as declared: without the registry's
 * table, on Modulith's legacy table structure (no status to claim deliveries with), or for a
 * custom signal whose payload type JSON cannot be read back into.
 */
final class DurableConfigurationCheck implements SmartInitializingSingleton {

	private static final String LEGACY = "spring.modulith.events.jdbc.use-legacy-structure";

	private final Environment environment;

	private final ObjectProvider<ReceiverRegistry> registry;

	private final ObjectProvider<PublicationTable> table;

	DurableConfigurationCheck(Environment environment, ObjectProvider<ReceiverRegistry> registry,
			ObjectProvider<PublicationTable> table) {
		this.environment = environment;
		this.registry = registry;
		this.table = table;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ReceiverRegistry receivers = this.registry.getIfAvailable();
		if (receivers == null) {
			return;
		}
		boolean tableChecked = false;
		for (Receiver receiver : receivers.receivers()) {
			if (!receiver.isDurable()) {
				continue;
			}
			if (!tableChecked) {
				this.table.getObject().checkExists(receiver);
				tableChecked = true;
			}
			if (this.environment.getProperty(LEGACY, Boolean.class, false)) {
				throw new SignalsConfigurationException("Durable receiver " + receiver + " needs the event publication "
						+ "table's STATUS and LAST_RESUBMISSION_DATE columns, which " + LEGACY + "=true leaves out.",
						"Remove " + LEGACY + " and migrate the EVENT_PUBLICATION table to Spring Modulith's current "
								+ "schema.");
			}
			if (receiver.types().contains(SignalType.CUSTOM)) {
				for (Class<?> payload : receiver.senders()) {
					checkPayload(receiver, payload);
				}
			}
		}
	}

	private static void checkPayload(Receiver receiver, Class<?> payload) {
		boolean concrete = !payload.isInterface() && !Modifier.isAbstract(payload.getModifiers());
		if (!concrete || payload == Object.class || !readable(payload)) {
			throw new SignalsConfigurationException("Durable receiver " + receiver + " receives custom signals with "
					+ "payload " + payload.getName() + ", which cannot be read back from JSON: it is "
					+ (concrete ? "not a record, an enum, nor a class with a no-argument or @JsonCreator constructor"
							: "abstract")
					+ ".",
					"Give the custom signal a payload that round-trips through JSON, such as a record of values.");
		}
	}

	private static boolean readable(Class<?> payload) {
		if (payload.isRecord() || payload.isEnum() || payload.getName().startsWith("java.")) {
			return true;
		}
		for (Constructor<?> constructor : payload.getDeclaredConstructors()) {
			if (constructor.getParameterCount() == 0 || constructor.isAnnotationPresent(JsonCreator.class)) {
				return true;
			}
		}
		return false;
	}

}
