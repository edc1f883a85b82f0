package dev.signals.hibernate;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.jspecify.annotations.Nullable;

/**
 * Warns, once per attribute, when the inverse ({@code mappedBy}) side of a many-to-many
 * relation changed without its owning side: JPA saves nothing of such a change, so no
 * signal can report it.
 */
final class InverseSideCheck {

	private static final Log logger = LogFactory.getLog(InverseSideCheck.class);

	private final Set<String> warned = ConcurrentHashMap.newKeySet();

	void check(PersistentCollection<?> collection, boolean recreated, ManyToManyRole inverse, Object owner,
			SharedSessionContractImplementor session) {
		String owningField = inverse.otherField();
		if (owningField == null || this.warned.contains(inverse.persister().getRole())) {
			return;
		}
		if (outOfSync(collection, recreated, inverse, owningField, owner, session)
				&& this.warned.add(inverse.persister().getRole())) {
			logger.warn(inverse.ownerClass().getSimpleName() + "." + inverse.field()
					+ " changed without its owning side " + inverse.elementClass().getSimpleName() + "."
					+ owningField + ": JPA writes a many-to-many relation only from its owning side, so this"
					+ " change is not saved and sends no m2m_changed signal. Change the owning side too"
					+ " (for example in a helper method that updates both sides).");
		}
	}

	private static boolean outOfSync(PersistentCollection<?> collection, boolean recreated, ManyToManyRole inverse,
			String owningField, Object owner, SharedSessionContractImplementor session) {
		if (!collection.wasInitialized()) {
			Iterator<?> added = collection.queuedAdditionIterator();
			while (added.hasNext()) {
				if (addedWithoutOwningSide(added.next(), inverse, owningField, owner)) {
					return true;
				}
			}
			for (Object removed : collection.getQueuedOrphans(inverse.elementPersister().getEntityName())) {
				if (removedWithoutOwningSide(removed, inverse, owningField, owner, session)) {
					return true;
				}
			}
			return false;
		}
		Map<Object, @Nullable Object> before = recreated ? Map.of()
				: RelationKeys.byKey(collection.getStoredSnapshot(), inverse.elementPersister(), session);
		Map<Object, @Nullable Object> after = RelationKeys.byKey(collection, inverse.elementPersister(), session);
		for (Map.Entry<Object, @Nullable Object> entry : after.entrySet()) {
			if (!before.containsKey(entry.getKey())
					&& addedWithoutOwningSide(entry.getValue(), inverse, owningField, owner)) {
				return true;
			}
		}
		for (Map.Entry<Object, @Nullable Object> entry : before.entrySet()) {
			if (!after.containsKey(entry.getKey())
					&& removedWithoutOwningSide(entry.getValue(), inverse, owningField, owner, session)) {
				return true;
			}
		}
		return false;
	}

	private static boolean addedWithoutOwningSide(@Nullable Object element, ManyToManyRole inverse,
			String owningField, Object owner) {
		return !Boolean.TRUE.equals(owningSideHolds(element, inverse, owningField, owner));
	}

	/**
	 * Whether an element was removed from the inverse side while its owning side still holds
	 * the owner; an element being deleted loses its join rows anyway.
	 */
	private static boolean removedWithoutOwningSide(@Nullable Object element, ManyToManyRole inverse,
			String owningField, Object owner, SharedSessionContractImplementor session) {
		return !Boolean.FALSE.equals(owningSideHolds(element, inverse, owningField, owner))
				&& !isRemoved(element, session);
	}

	private static boolean isRemoved(@Nullable Object element, SharedSessionContractImplementor session) {
		LazyInitializer lazy = (element != null) ? HibernateProxy.extractLazyInitializer(element) : null;
		Object target = (lazy == null || lazy.isUninitialized()) ? element : lazy.getImplementation();
		return target != null && EntityStates.isRemoved(session.getPersistenceContextInternal(), target);
	}

	/**
	 * Whether the owning collection of an element, as it is in memory, holds the owner;
	 * {@code null} when it (or the element) was never loaded: it was not changed in this
	 * session, since changing the owning side loads it, and holds what the database holds.
	 */
	private static @Nullable Boolean owningSideHolds(@Nullable Object element, ManyToManyRole inverse,
			String owningField, Object owner) {
		LazyInitializer lazy = (element != null) ? HibernateProxy.extractLazyInitializer(element) : null;
		if (element == null || (lazy != null && lazy.isUninitialized())) {
			return null;
		}
		Object target = (lazy != null) ? lazy.getImplementation() : element;
		Object owning = inverse.elementPersister().getPropertyValue(target, owningField);
		if (owning instanceof PersistentCollection<?> persistent && !persistent.wasInitialized()) {
			return null;
		}
		Collection<?> elements = (owning instanceof Map<?, ?> map) ? map.values()
				: (owning instanceof Collection<?> plain) ? plain : null;
		return elements != null && elements.contains(owner);
	}

}
