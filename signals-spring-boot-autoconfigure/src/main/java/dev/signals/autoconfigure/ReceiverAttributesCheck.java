package dev.signals.autoconfigure;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.signals.SignalType;
import dev.signals.SignalsConfigurationException;
import dev.signals.dispatch.Receiver;
import dev.signals.dispatch.ReceiverDeclaration;
import dev.signals.dispatch.ReceiverRegistry;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Fails startup when a receiver names an attribute that no entity it receives has: a
 * {@code field} of a save-signal receiver that is not a persistent attribute, a
 * {@code field} of an {@code m2m_changed} receiver that is not a many-to-many collection,
 * or an attribute its condition asks about with {@code changed}, {@code previous},
 * {@code current} or {@code changedTo}. Such a receiver would otherwise silently never run,
 * or fail on every signal. The entities a receiver receives are its sender and the entity
 * classes that extend it. Skipped without persistence units.
 */
final class ReceiverAttributesCheck implements SmartInitializingSingleton {

	private static final Set<SignalType> SAVE = EnumSet.of(SignalType.PRE_SAVE, SignalType.POST_SAVE);

	private static final Set<SignalType> M2M = EnumSet.of(SignalType.M2M_CHANGED);

	private final ReceiverRegistry registry;

	private final ObjectProvider<EntityManagerFactory> factories;

	ReceiverAttributesCheck(ReceiverRegistry registry, ObjectProvider<EntityManagerFactory> factories) {
		this.registry = registry;
		this.factories = factories;
	}

	@Override
	public void afterSingletonsInstantiated() {
		EntityAttributes entities = new EntityAttributes(this.factories.orderedStream());
		if (entities.isEmpty()) {
			return;
		}
		for (Receiver receiver : this.registry.receivers()) {
			ReceiverDeclaration declaration = receiver.declaration();
			if (declaration != null) {
				List<Class<?>> saved = receivable(receiver, SAVE, entities);
				List<Class<?>> related = receivable(receiver, M2M, entities);
				checkFields(declaration, saved, related, entities);
				checkCondition(declaration, saved, entities);
			}
		}
	}

	private static List<Class<?>> receivable(Receiver receiver, Set<SignalType> types, EntityAttributes entities) {
		return entities.entityClasses()
			.stream()
			.filter((entityClass) -> types.stream().anyMatch((type) -> receiver.accepts(type, entityClass)))
			.toList();
	}

	private static void checkFields(ReceiverDeclaration declaration, List<Class<?>> saved, List<Class<?>> related,
			EntityAttributes entities) {
		if (saved.isEmpty() && related.isEmpty()) {
			return;
		}
		Set<String> valid = new TreeSet<>(entities.persistentAttributes(saved));
		valid.addAll(entities.manyToManyCollections(related));
		for (String field : declaration.fields()) {
			if (!valid.contains(field)) {
				String kind = related.isEmpty() ? "a persistent attribute"
						: saved.isEmpty() ? "a many-to-many collection"
								: "a persistent attribute or a many-to-many collection";
				Set<Class<?>> receivable = new LinkedHashSet<>(saved);
				receivable.addAll(related);
				throw new SignalsConfigurationException("@SignalReceiver method " + declaration.method()
						+ " declares field '" + field + "', which is not " + kind + " of " + describe(receivable)
						+ ". Valid names: " + valid + ".", "Name one of " + valid + " in the field of "
								+ declaration.method() + ", or remove '" + field + "'.");
			}
		}
	}

	private static void checkCondition(ReceiverDeclaration declaration, List<Class<?>> saved,
			EntityAttributes entities) {
		if (saved.isEmpty()) {
			return;
		}
		Set<String> valid = entities.persistentAttributes(saved);
		for (String attribute : declaration.conditionAttributes()) {
			if (!valid.contains(attribute)) {
				throw new SignalsConfigurationException("@SignalReceiver method " + declaration.method()
						+ " has the condition \"" + declaration.condition() + "\", which asks about '" + attribute
						+ "', but that is not a persistent attribute of " + describe(saved) + ". Valid names: "
						+ valid + ".", "Use one of " + valid + " instead of '" + attribute + "' in the condition of "
								+ declaration.method() + ".");
			}
		}
	}

	private static String describe(Collection<Class<?>> entityClasses) {
		Set<String> names = entityClasses.stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
		return (names.size() == 1) ? names.iterator().next()
				: "any entity it receives (" + String.join(", ", names) + ")";
	}

}
