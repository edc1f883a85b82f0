package dev.signals.dispatch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.signals.MigrationSignal;
import dev.signals.Phase;
import dev.signals.RequestSignal;
import dev.signals.SignalType;

import org.springframework.util.Assert;

/**
 * Who listens to what: the registered receivers grouped by the entity classes whose signals
 * reach them, and the receivers of custom signals grouped by payload type. A snapshot, the
 * one source of the startup report, the {@code signals} actuator endpoint and anything else
 * that shows the receivers.
 *
 * @since 0.1.0
 */
public final class ReceiverMap {

	private static final Comparator<Class<?>> BY_NAME = Comparator.comparing(Class::getName);

	private final Map<Class<?>, List<Receiver>> entities;

	private final Map<Class<?>, List<Receiver>> customSignals;

	private ReceiverMap(Map<Class<?>, List<Receiver>> entities, Map<Class<?>, List<Receiver>> customSignals) {
		this.entities = entities;
		this.customSignals = customSignals;
	}

	/**
	 * The map of some receivers over some entity classes. A receiver is listed under every
	 * entity class whose signals reach it; one that no entity class reaches (connected at
	 * run time for a class that is no entity) under the classes it names.
	 * @param receivers the receivers, in delivery order
	 * @param entityClasses the entity classes of the persistence units
	 * @return the map
	 */
	public static ReceiverMap of(List<Receiver> receivers, Collection<Class<?>> entityClasses) {
		Assert.notNull(receivers, "'receivers' must not be null");
		Assert.notNull(entityClasses, "'entityClasses' must not be null");
		Map<Class<?>, List<Receiver>> entities = new TreeMap<>(BY_NAME);
		entityClasses.forEach((entityClass) -> entities.put(entityClass, new ArrayList<>()));
		Map<Class<?>, List<Receiver>> customSignals = new TreeMap<>(BY_NAME);
		for (Receiver receiver : receivers) {
			if (receiver.types().contains(SignalType.CUSTOM)) {
				receiver.senders().forEach((payload) -> add(customSignals, payload, receiver));
				continue;
			}
			if (receiver.types().stream().allMatch((type) -> type.isRequestSignal() || type.isMigrationSignal())) {
				// about requests and migrations, not entities: listed by the kind of signal
				add(customSignals, receiver.types().stream().anyMatch(SignalType::isRequestSignal)
						? RequestSignal.class : MigrationSignal.class, receiver);
				continue;
			}
			boolean listed = false;
			for (Class<?> entityClass : entityClasses) {
				if (receivesSignalsOf(receiver, entityClass)) {
					entities.get(entityClass).add(receiver);
					listed = true;
				}
			}
			if (!listed) {
				List<Class<?>> named = receiver.senders().isEmpty() ? List.of(Object.class) : receiver.senders();
				named.forEach((sender) -> add(entities, sender, receiver));
			}
		}
		return new ReceiverMap(freeze(entities), freeze(customSignals));
	}

	private static boolean receivesSignalsOf(Receiver receiver, Class<?> entityClass) {
		for (SignalType type : receiver.types()) {
			if (receiver.accepts(type, entityClass)) {
				return true;
			}
		}
		return false;
	}

	private static void add(Map<Class<?>, List<Receiver>> map, Class<?> key, Receiver receiver) {
		map.computeIfAbsent(key, (ignored) -> new ArrayList<>()).add(receiver);
	}

	private static Map<Class<?>, List<Receiver>> freeze(Map<Class<?>, List<Receiver>> map) {
		Map<Class<?>, List<Receiver>> frozen = new LinkedHashMap<>();
		map.forEach((key, receivers) -> frozen.put(key, List.copyOf(receivers)));
		return Collections.unmodifiableMap(frozen);
	}

	/**
	 * The entity classes, by name, each with the receivers of its signals in delivery order
	 * (none for an entity nobody listens to).
	 * @return entity class to receivers
	 */
	public Map<Class<?>, List<Receiver>> entities() {
		return this.entities;
	}

	/**
	 * The signals that are not about entities and have receivers, by name, each with its
	 * receivers in delivery order: custom signals by payload type, request signals under
	 * {@link RequestSignal}, migration signals under {@link MigrationSignal}.
	 * @return payload type or kind of signal to receivers
	 */
	public Map<Class<?>, List<Receiver>> customSignals() {
		return this.customSignals;
	}

	/**
	 * The receivers of one signal type among some receivers, grouped by phase in the order of
	 * {@link Phase}, each group in delivery order.
	 * @param receivers the receivers of one entity or payload type
	 * @param type the signal type
	 * @return phase to receivers, without the phases that have none
	 */
	public static Map<Phase, List<Receiver>> byPhase(List<Receiver> receivers, SignalType type) {
		Map<Phase, List<Receiver>> phases = new EnumMap<>(Phase.class);
		for (Receiver receiver : receivers) {
			if (receiver.types().contains(type)) {
				phases.computeIfAbsent(receiver.phase(), (ignored) -> new ArrayList<>()).add(receiver);
			}
		}
		return phases;
	}

}
