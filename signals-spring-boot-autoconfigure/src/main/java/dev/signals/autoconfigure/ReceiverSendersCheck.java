package dev.signals.autoconfigure;

import java.util.List;
import java.util.Set;

import dev.signals.SignalType;
import dev.signals.SignalsConfigurationException;
import dev.signals.dispatch.Receiver;
import dev.signals.dispatch.ReceiverDeclaration;
import dev.signals.dispatch.ReceiverRegistry;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Fails startup when a receiver of entity signals can never run: no entity class of any
 * persistence unit is, or extends, what it receives ({@code PostSave<Address>} for an
 * embeddable, say, or a {@code sender} no entity implements). Skipped without persistence
 * units.
 */
final class ReceiverSendersCheck implements SmartInitializingSingleton {

	private final ReceiverRegistry registry;

	private final ObjectProvider<EntityManagerFactory> factories;

	ReceiverSendersCheck(ReceiverRegistry registry, ObjectProvider<EntityManagerFactory> factories) {
		this.registry = registry;
		this.factories = factories;
	}

	@Override
	public void afterSingletonsInstantiated() {
		List<Class<?>> entityClasses = this.factories.orderedStream()
			.flatMap((factory) -> factory.getMetamodel().getEntities().stream())
			.<Class<?>>map(EntityType::getJavaType)
			.toList();
		if (entityClasses.isEmpty()) {
			return;
		}
		for (Receiver receiver : this.registry.receivers()) {
			if (!receivesAny(receiver, entityClasses)) {
				ReceiverDeclaration declaration = receiver.declaration();
				String name = (declaration != null) ? declaration.method() : receiver.toString();
				throw new SignalsConfigurationException("Signal receiver " + name
						+ " can never run: no entity class of the persistence units is, or extends, what it "
						+ "receives.", "Make the signal's type argument (or the sender) of " + name
								+ " an entity class, a mapped superclass or an interface that entities implement.");
			}
		}
	}

	private static boolean receivesAny(Receiver receiver, List<Class<?>> entityClasses) {
		Set<SignalType> types = receiver.types();
		// Custom, request and migration signals are not about entities.
		if (types.stream().anyMatch((type) -> !type.isModelSignal() && type != SignalType.BULK_CHANGED)) {
			return true;
		}
		for (SignalType type : types) {
			for (Class<?> entityClass : entityClasses) {
				if (receiver.accepts(type, entityClass)) {
					return true;
				}
			}
		}
		return false;
	}

}
