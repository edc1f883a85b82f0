package dev.signals.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.signals.Phase;
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
		summary(map, this.registry::isReceiverEnabled).forEach(logger::info);
		if (logger.isDebugEnabled()) {
			details(map, this.registry::isReceiverEnabled).forEach(logger::debug);
		}
	}

	/**
	 * The INFO lines: a heading, one line per entity that has receivers and per custom
	 * signal payload type, and one line naming the entities that have none.
	 */
	static List<String> summary(ReceiverMap map, Predicate<String> enabled) {
		long receivers = map.entities().values().stream().mapToLong(List::size).sum()
				+ map.customSignals().values().stream().mapToLong(List::size).sum();
		List<String> lines = new ArrayList<>();
		lines.add("Signal receivers by entity (" + map.entities().size() + " entities; signals.startup-report=false "
				+ "turns this off, DEBUG on " + ReceiversStartupReport.class.getName() + " shows each receiver):");
		List<String> silent = new ArrayList<>();
		map.entities().forEach((entity, entityReceivers) -> {
			if (entityReceivers.isEmpty()) {
				silent.add(entity.getSimpleName());
			}
			else {
				lines.add(entity.getSimpleName() + ": " + byType(entityReceivers, enabled));
			}
		});
		map.customSignals()
			.forEach((payload, signalReceivers) -> lines.add(payload.getSimpleName() + " (custom signal): "
					+ byPhase(ReceiverMap.byPhase(signalReceivers, SignalType.CUSTOM), enabled)));
		if (!silent.isEmpty()) {
			lines.add("No receivers: " + String.join(", ", silent));
		}
		if (receivers == 0) {
			lines.set(0, "No signal receivers (signals.startup-report=false turns this report off)");
		}
		return lines;
	}

	private static String byType(List<Receiver> receivers, Predicate<String> enabled) {
		StringJoiner line = new StringJoiner("; ");
		for (SignalType type : SignalType.values()) {
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
	static List<String> details(ReceiverMap map, Predicate<String> enabled) {
		List<String> messages = new ArrayList<>();
		map.entities().forEach((entity, receivers) -> {
			if (!receivers.isEmpty()) {
				messages.add(details("Signal receivers of " + entity.getName() + ":", receivers, enabled));
			}
		});
		map.customSignals()
			.forEach((payload, receivers) -> messages
				.add(details("Receivers of custom signals of " + payload.getName() + ":", receivers, enabled)));
		return messages;
	}

	private static String details(String heading, List<Receiver> receivers, Predicate<String> enabled) {
		StringBuilder message = new StringBuilder(heading);
		for (SignalType type : SignalType.values()) {
			Map<Phase, List<Receiver>> phases = ReceiverMap.byPhase(receivers, type);
			if (phases.isEmpty()) {
				continue;
			}
			message.append("\n  ").append(type);
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
		if (!enabled) {
			line.append(", switched off");
		}
		return line.toString();
	}

}
