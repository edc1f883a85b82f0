package dev.signals.hibernate;

import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.Status;

/**
 * Where an entity instance stands in a persistence context.
 */
final class EntityStates {

	private EntityStates() {
	}

	/**
	 * Whether the instance is managed and not removed.
	 */
	static boolean isManaged(PersistenceContext context, Object entity) {
		EntityEntry entry = context.getEntry(entity);
		return entry != null && !isRemoved(entry);
	}

	/**
	 * Whether the instance was removed in this persistence context.
	 */
	static boolean isRemoved(PersistenceContext context, Object entity) {
		EntityEntry entry = context.getEntry(entity);
		return entry != null && isRemoved(entry);
	}

	private static boolean isRemoved(EntityEntry entry) {
		return entry.getStatus() == Status.DELETED || entry.getStatus() == Status.GONE;
	}

}
