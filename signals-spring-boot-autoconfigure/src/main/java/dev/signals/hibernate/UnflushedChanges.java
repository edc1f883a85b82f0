package dev.signals.hibernate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.boot.internal.DefaultCustomEntityDirtinessStrategy;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.CollectionEntry;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.ManagedEntity;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.PersistentAttributeInterceptable;
import org.hibernate.engine.spi.SelfDirtinessTracker;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.internal.DefaultFlushEntityEventListener;
import org.hibernate.event.internal.DefaultFlushEventListener;
import org.hibernate.event.service.spi.EventListenerGroup;
import org.hibernate.event.spi.EventType;
import org.hibernate.internal.EmptyInterceptor;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.ArrayType;
import org.hibernate.type.CollectionType;
import org.hibernate.type.CompositeType;
import org.hibernate.type.Type;

/**
 * Tells, without flushing a session, whether a flush could write anything: the check that
 * {@link DeferredSignals} makes after the receivers of a round, instead of flushing a
 * session whose flush has just ended again whatever they did. It looks where Hibernate's
 * flush finds work: queued actions (persists, removals), managed entities whose state
 * differs from what was last written, whose identifier was changed or whose associations
 * refer to other instances (new collections, transient entities), collections changed in
 * place.
 *
 * <p>Where it cannot judge as Hibernate would, it answers that there may be changes, and
 * the flush runs: an interceptor, a custom dirtiness strategy, listeners of Hibernate's own
 * flush events other than this library's, bytecode-enhanced entities, entities that are not
 * simply managed (read-only, removed, being saved), arrays mapped as collections, and any
 * exception while looking.
 */
final class UnflushedChanges {

	/** Whether an embeddable type refers to entities, directly or in embeddables it holds. */
	private final Map<CompositeType, Boolean> referringToEntities = new ConcurrentHashMap<>();

	/**
	 * Whether a flush of the session could write anything.
	 * @param session the session, between flushes
	 * @return {@code false} only when a flush would certainly find nothing to write
	 */
	boolean mayExist(SessionImplementor session) {
		try {
			return !judgeable(session) || session.getActionQueue().hasAnyQueuedActions() || entitiesChanged(session)
					|| collectionsChanged(session.getPersistenceContextInternal());
		}
		catch (RuntimeException ex) {
			// what the flush would handle (a transient reference it cascades to, say) or throw
			return true;
		}
	}

	private static boolean judgeable(SessionImplementor session) {
		return session.getInterceptor() == EmptyInterceptor.INSTANCE
				&& session.getFactory()
					.getCustomEntityDirtinessStrategy() instanceof DefaultCustomEntityDirtinessStrategy
				&& onlyKnownListeners(session.getFactory().getEventListenerRegistry().getEventListenerGroup(
						EventType.FLUSH))
				&& onlyKnownListeners(session.getFactory().getEventListenerRegistry().getEventListenerGroup(
						EventType.FLUSH_ENTITY));
	}

	private static boolean onlyKnownListeners(EventListenerGroup<?> group) {
		boolean[] unknown = new boolean[1];
		group.fireEventOnEachListener(unknown, (listener, found) -> found[0] |= !known(listener));
		return !unknown[0];
	}

	private static boolean known(Object listener) {
		return listener instanceof WriteStart || listener instanceof WriteEnd
				|| listener.getClass() == DefaultFlushEventListener.class
				|| listener.getClass() == DefaultFlushEntityEventListener.class;
	}

	private boolean entitiesChanged(SessionImplementor session) {
		PersistenceContext context = session.getPersistenceContextInternal();
		for (Map.Entry<Object, EntityEntry> managed : context.reentrantSafeEntityEntries()) {
			if (changed(managed.getKey(), managed.getValue(), context, session)) {
				return true;
			}
		}
		return false;
	}

	private boolean changed(Object entity, EntityEntry entry, PersistenceContext context,
			SessionImplementor session) {
		EntityPersister persister = entry.getPersister();
		if (entry.getStatus() != Status.MANAGED || entity instanceof ManagedEntity
				|| entity instanceof PersistentAttributeInterceptable || entity instanceof SelfDirtinessTracker) {
			return true;
		}
		if (!persister.isMutable() && !persister.hasCollections()) {
			return false;
		}
		Object[] loaded = entry.getLoadedState();
		if (loaded == null
				|| !persister.getIdentifierType().isEqual(entry.getId(), persister.getIdentifier(entity, session))) {
			return true;
		}
		Object[] current = persister.getValues(entity);
		return referencesReplaced(persister.getPropertyTypes(), current, loaded, context)
				|| persister.findDirty(current, loaded, entity, session) != null;
	}

	/**
	 * Whether an association refers to another instance than the one last written. A dirty
	 * check compares referenced entities by identifier, and a transient one has none yet
	 * (the flush would persist it through a cascade, or refuse it): references to entities
	 * are compared by identity, also in embeddables. (A collection replaced by a new one, or
	 * by none, is dirty, also in an embeddable.)
	 */
	private boolean referencesReplaced(Type[] types, Object[] current, Object[] loaded, PersistenceContext context) {
		for (int i = 0; i < types.length; i++) {
			if (types[i] instanceof ArrayType) {
				return true;
			}
			if (types[i].isAssociationType()) {
				if (current[i] != loaded[i] || (current[i] instanceof PersistentCollection<?> collection
						&& context.getCollectionEntry(collection) == null)) {
					return true;
				}
			}
			else if (types[i] instanceof CompositeType composite && current[i] != null && loaded[i] != null
					&& refersToEntities(composite) && referencesReplaced(composite.getSubtypes(),
							composite.getPropertyValues(current[i]), composite.getPropertyValues(loaded[i]), context)) {
				return true;
			}
		}
		return false;
	}

	private boolean refersToEntities(CompositeType composite) {
		Boolean refers = this.referringToEntities.get(composite);
		if (refers == null) {
			refers = false;
			for (Type type : composite.getSubtypes()) {
				refers |= type.isEntityType() || type.isAnyType()
						|| (type instanceof CompositeType nested && refersToEntities(nested));
			}
			this.referringToEntities.put(composite, refers);
		}
		return refers;
	}

	/**
	 * Whether a collection was changed since it was last written: marked dirty by a change,
	 * or, where Hibernate compares it with its snapshot (collections the application may have
	 * changed without the wrapper noticing, elements that are mutable values), different from
	 * it.
	 */
	private static boolean collectionsChanged(PersistenceContext context) {
		Map<PersistentCollection<?>, CollectionEntry> entries = context.getCollectionEntries();
		if (entries == null) {
			return false;
		}
		for (Map.Entry<PersistentCollection<?>, CollectionEntry> entry : entries.entrySet()) {
			PersistentCollection<?> collection = entry.getKey();
			CollectionPersister persister = entry.getValue().getLoadedPersister();
			if (collection.isDirty() || persister == null) {
				return true;
			}
			if (collection.wasInitialized() && persister.isMutable()
					&& (collection.isDirectlyAccessible() || persister.getElementType().isMutable())
					&& !collection.equalsSnapshot(persister)) {
				return true;
			}
		}
		return false;
	}

}
