package dev.signals.autoconfigure;

import java.util.List;

import dev.signals.dispatch.EntityIdentity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitUtil;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Entity identifiers read through JPA's {@link PersistenceUnitUtil} of the persistence
 * unit that manages the entity, resolved when first needed.
 */
final class JpaEntityIdentity implements EntityIdentity {

	private final ObjectProvider<EntityManagerFactory> factories;

	private volatile @Nullable List<PersistenceUnitUtil> units;

	JpaEntityIdentity(ObjectProvider<EntityManagerFactory> factories) {
		this.factories = factories;
	}

	@Override
	public @Nullable Object idOf(Object entity) {
		for (PersistenceUnitUtil unit : units()) {
			try {
				return unit.getIdentifier(entity);
			}
			catch (IllegalArgumentException ex) {
				// not an entity of this persistence unit: ask the next one
			}
		}
		return null;
	}

	private List<PersistenceUnitUtil> units() {
		List<PersistenceUnitUtil> units = this.units;
		if (units == null) {
			units = this.factories.orderedStream().map(EntityManagerFactory::getPersistenceUnitUtil).toList();
			this.units = units;
		}
		return units;
	}

}
