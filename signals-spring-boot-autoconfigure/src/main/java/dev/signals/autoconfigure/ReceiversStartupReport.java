package dev.signals.autoconfigure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.signals.MigrationSignal;
import dev.signals.Phase;
import dev.signals.RequestSignal;
import dev.signals.SignalType;
import dev.signals.dispatch.Receiver;
import dev.signals.dispatch.ReceiverDeclaration;
import dev.signals.dispatch.ReceiverMap;
import dev.signals.dispatch.ReceiverRegistry;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.Ordered;

/**
 * Logs who listens to what once the receivers are registered: at INFO one line per entity
 * with its receivers by signal type and phase, at DEBUG every receiver with its method and
 * attributes. Turned off with {@code signals.startup-report=false}.
 */
final class ReceiversStartupReport implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(ReceiversStartupReport.class);

	private final ReceiverRegistry registry;

	private final ObjectProvider<EntityManagerFactory> factories;

	ReceiversStartupReport(ReceiverRegistry registry, ObjectProvider<EntityManagerFactory> factories) {
		this.registry = registry;
		this.factories = factories;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!logger.isInfoEnabled()) {
			return;
		}
		List<Class<?>> entityClasses = this.factories.orderedStream()
			.flatMap((factory) -> factory.getMetamodel().getEntities().stream())
			.<Class<?>>map(EntityType::getJavaType)
			.toList();
		ReceiverMap map = ReceiverMap.of(this.registry.receivers(), entityClasses);
		Set<SignalType> typesOn = EnumSet.noneOf(SignalType.class);
		Arrays.stream(SignalType.values()).filter(this.registry::isEnabled).forEach(typesOn::add);
		summary(map, typesOn, this.registry::isReceiverEnabled).forEach(logger::info);
		if (logger.isDebugEnabled()) {
			details(map, typesOn, this.registry::isReceiverEnabled).forEach(logger::debug);
		}
	}

	/**
	 * The INFO lines: a heading, one line per entity that has receivers and per custom
	 * signal payload type (the signal types switched off left out), and lines naming the
	 * entities that have none and the signal types switched off.
	 */
	static List<String> summary(ReceiverMap map, Set<SignalType> typesOn, Predicate<String> enabled) {
		long receivers = map.entities().values().stream().mapToLong(List::size).sum()
				+ map.customSignals().values().stream().mapToLong(List::size).sum();
		List<String> lines = new ArrayList<>();
		lines.add("Signal receivers by entity and signal (signals.startup-report=false turns this off; DEBUG on "
				+ ReceiversStartupReport.class.getName() + " lists each receiver):");
		List<String> silent = new ArrayList<>();
		map.entities().forEach((entity, entityReceivers) -> {
			if (entityReceivers.isEmpty()) {
				silent.add(entity.getSimpleName());
			}
			else {
				lines.add(entity.getSimpleName() + ": " + byType(entityReceivers, typesOn, enabled));
			}
		});
		map.customSignals().forEach((payload, signalReceivers) -> lines.add(isSignalKind(payload)
				? payload.getSimpleName() + ": " + byType(signalReceivers, typesOn, enabled)
				: payload.getSimpleName() + " (custom signal): "
						+ byPhase(ReceiverMap.byPhase(signalReceivers, SignalType.CUSTOM), enabled)));
		if (!silent.isEmpty()) {
			lines.add("No receivers: " + String.join(", ", silent));
		}
		List<String> typesOff = Arrays.stream(SignalType.values())
			.filter((type) -> !typesOn.contains(type))
			.map(SignalType::name)
			.toList();
		if (!typesOff.isEmpty()) {
			lines.add("Switched off by signals.types: " + String.join(", ", typesOff));
		}
		if (receivers == 0) {
			lines.set(0, "No signal receivers (signals.startup-report=false turns this report off)");
		}
		return lines;
	}

	private static String byType(List<Receiver> receivers, Set<SignalType> typesOn, Predicate<String> enabled) {
		StringJoiner line = new StringJoiner("; ");
		for (SignalType type : typesOn) {
			Map<Phase, List<Receiver>> phases = ReceiverMap.byPhase(receivers, type);
			if (!phases.isEmpty()) {
				line.add(type + " " + byPhase(phases, enabled));
			}
		}
		return line.toString();
	}

	private static String byPhase(Map<Phase, List<Receiver>> phases, Predicate<String> enabled) {
		StringJoiner line = new StringJoiner(" ");
		phases.forEach((phase, receivers) -> line.add(phase + receivers.stream()
			.map((receiver) -> receiver.id() + (enabled.test(receiver.id()) ? "" : " (off)"))
			.collect(Collectors.joining(", ", "[", "]"))));
		return line.toString();
	}

	/**
	 * The DEBUG messages: one per entity and custom signal payload type that has receivers,
	 * each receiver on a line under its signal type with its phase, method and attributes.
	 */
	static List<String> details(ReceiverMap map, Set<SignalType> typesOn, Predicate<String> enabled) {
		List<String> messages = new ArrayList<>();
		map.entities().forEach((entity, receivers) -> {
			if (!receivers.isEmpty()) {
				messages.add(details("Signal receivers of " + entity.getName() + ":", receivers, typesOn, enabled));
			}
		});
		map.customSignals()
			.forEach((payload, receivers) -> messages.add(details(isSignalKind(payload)
					? "Receivers of " + payload.getSimpleName() + "s:" : "Receivers of custom signals of "
							+ payload.getName() + ":", receivers, typesOn, enabled)));
		return messages;
	}

	/**
	 * Whether a key of the map's other signals is a kind of signal (request or migration
	 * signals), not the payload type of a custom signal.
	 */
	private static boolean isSignalKind(Class<?> key) {
		return key == RequestSignal.class || key == MigrationSignal.class;
	}

	private static String details(String heading, List<Receiver> receivers, Set<SignalType> typesOn,
			Predicate<String> enabled) {
		StringBuilder message = new StringBuilder(heading);
		for (SignalType type : SignalType.values()) {
			Map<Phase, List<Receiver>> phases = ReceiverMap.byPhase(receivers, type);
			if (phases.isEmpty()) {
				continue;
			}
			message.append("\n  ").append(type).append(typesOn.contains(type) ? "" : " (switched off by signals.types)");
			phases.forEach((phase, inPhase) -> inPhase.forEach((receiver) -> message.append("\n    ")
				.append(phase)
				.append(' ')
				.append(describe(receiver, enabled.test(receiver.id())))));
		}
		return message.toString();
	}

	private static String describe(Receiver receiver, boolean enabled) {
		ReceiverDeclaration declaration = receiver.declaration();
		StringBuilder line = new StringBuilder(receiver.id()).append(": ")
			.append((declaration != null) ? declaration.method() : receiver.description());
		if (receiver.order() != Ordered.LOWEST_PRECEDENCE) {
			line.append(", order ").append(receiver.order());
		}
		if (declaration != null && !declaration.fields().isEmpty()) {
			line.append(", field ").append(declaration.fields());
		}
		if (declaration != null && !declaration.condition().isEmpty()) {
			line.append(", condition \"").append(declaration.condition()).append('"');
		}
		if (declaration != null && declaration.async()) {
			line.append(", @Async");
		}
		if (receiver.isDurable()) {
			line.append(", durable");
		}
		if (receiver.isExternal()) {
			line.append(", external");
		}
		if (!enabled) {
			line.append(", switched off");
		}
		return line.toString();
	}

}
