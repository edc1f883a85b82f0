package dev.signals.hibernate;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.signals.M2MAction;
import dev.signals.M2MChanged;
import dev.signals.SignalType;
import dev.signals.dispatch.Route;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PreCollectionRecreateEvent;
import org.hibernate.event.spi.PreCollectionRecreateEventListener;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionRemoveEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.jspecify.annotations.Nullable;

/**
 * Sends {@link M2MChanged} around the join-table SQL of each many-to-many collection action:
 * the net difference between what the database held and what the collection holds.
 *
 * <p>Hibernate writes a replaced collection as a removal of the old rows followed by a
 * re-creation; the removal step remembers the old keys so that only the net difference is
 * reported, removals first.
 */
final class M2MSignalListener implements PreCollectionRecreateEventListener, PostCollectionRecreateEventListener,
		PreCollectionUpdateEventListener, PostCollectionUpdateEventListener, PreCollectionRemoveEventListener,
		PostCollectionRemoveEventListener {

	private enum Kind {

		RECREATE, UPDATE, REMOVE

	}

	private final SignalSender sender;

	private final ManyToManyRoles roles = new ManyToManyRoles();

	private final InverseSideCheck inverseSideCheck = new InverseSideCheck();

	private final StoredKeys storedKeys = new StoredKeys();

	private final ThreadLocal<@Nullable RelationChange> inFlight = new ThreadLocal<>();

	private final ThreadLocal<Map<PersistentCollection<?>, Set<Object>>> replacedKeys = ThreadLocal
		.withInitial(IdentityHashMap::new);

	M2MSignalListener(SignalSender sender) {
		this.sender = sender;
	}

	@Override
	public void onPreRecreateCollection(PreCollectionRecreateEvent event) {
		before(event, Kind.RECREATE);
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		after(event);
	}

	@Override
	public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
		before(event, Kind.UPDATE);
	}

	@Override
	public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
		after(event);
	}

	@Override
	public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
		before(event, Kind.REMOVE);
	}

	@Override
	public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
		after(event);
	}

	private void before(AbstractCollectionEvent event, Kind kind) {
		if (!this.sender.hasReceivers(SignalType.M2M_CHANGED)) {
			return;
		}
		if (createdEmpty(event.getCollection(), kind)) {
			this.replacedKeys.get().remove(event.getCollection());
			return;
		}
		ManyToManyRole role = this.roles.of(event.getCollectionPersister());
		Object owner = event.getAffectedOwnerOrNull();
		Object ownerId = event.getAffectedOwnerIdOrNull();
		if (role == null || owner == null || ownerId == null || !anyoneListens(role, owner)) {
			return;
		}
		SharedSessionContractImplementor session = sessionOf(event);
		if (session == null) {
			return;
		}
		if (role.inverse()) {
			if (kind != Kind.REMOVE) {
				this.inverseSideCheck.check(event.getCollection(), kind == Kind.RECREATE, role, owner, session);
			}
			return;
		}
		if (this.inFlight.get() != null) {
			// left by an action whose SQL failed
			this.inFlight.set(null);
		}
		List<RelationChange.Step> steps = steps(kind, event.getCollection(), role, owner, ownerId, session);
		if (!steps.isEmpty()) {
			RelationChange change = new RelationChange(event.getCollection(), owner, ownerId, role, steps);
			this.inFlight.set(change);
			try {
				send(change, true, session);
			}
			catch (RuntimeException | Error ex) {
				this.inFlight.set(null);
				throw ex;
			}
		}
	}

	private void after(AbstractCollectionEvent event) {
		RelationChange change = this.inFlight.get();
		if (change != null && change.collection() == event.getCollection()) {
			this.inFlight.set(null);
			send(change, false, event.getSession());
		}
	}

	/**
	 * Whether the action writes a collection that holds nothing for the first time (the
	 * collection of every new entity that has none yet): it adds no row and reports nothing,
	 * so its role, owner and keys need not be looked at.
	 */
	private static boolean createdEmpty(PersistentCollection<?> collection, Kind kind) {
		return kind == Kind.RECREATE && collection.wasInitialized() && collection.empty();
	}

	/**
	 * The session of a collection event; {@code null} for a {@code StatelessSession}, whose
	 * collection events carry none (and whose event throws when asked for it): its writes
	 * send no {@code m2m_changed}, it has no persistence context to tell what changed.
	 */
	private static @Nullable SharedSessionContractImplementor sessionOf(AbstractCollectionEvent event) {
		try {
			return event.getSession();
		}
		catch (NullPointerException ex) {
			return null;
		}
	}

	/**
	 * Whether the forward or the reverse view would reach anyone.
	 */
	private boolean anyoneListens(ManyToManyRole role, Object owner) {
		return !this.sender.route(SignalType.M2M_CHANGED, EntityClasses.of(owner)).isEmpty()
				|| (role.otherField() != null && (!this.sender.route(SignalType.M2M_CHANGED, role.elementClass())
					.isEmpty() || subclassesListen(role)));
	}

	/**
	 * Whether a subclass of the element class has receivers of its own (or Spring listeners)
	 * for reverse views: then the class of each element must be known, which may take
	 * loading it.
	 */
	private boolean subclassesListen(ManyToManyRole role) {
		if (!role.elementsMayBeSubclasses()) {
			return false;
		}
		Route base = this.sender.route(SignalType.M2M_CHANGED, role.elementClass());
		for (Class<?> subclass : role.elementSubclasses()) {
			Route route = this.sender.route(SignalType.M2M_CHANGED, subclass);
			if (route.size() > base.size() || (route.publish() && !base.publish())) {
				return true;
			}
		}
		return false;
	}

	private List<RelationChange.Step> steps(Kind kind, PersistentCollection<?> collection, ManyToManyRole role,
			Object owner, Object ownerId, SharedSessionContractImplementor session) {
		return switch (kind) {
			case RECREATE -> recreated(collection, role, session);
			case UPDATE -> difference(RelationKeys.byKey(collection.getStoredSnapshot(), role.elementPersister(), session),
					RelationKeys.byKey(collection, role.elementPersister(), session));
			case REMOVE -> removed(collection, role, owner, ownerId, session);
		};
	}

	private List<RelationChange.Step> recreated(PersistentCollection<?> collection, ManyToManyRole role,
			SharedSessionContractImplementor session) {
		Map<Object, @Nullable Object> added = RelationKeys.byKey(collection, role.elementPersister(), session);
		Set<Object> replaced = this.replacedKeys.get().remove(collection);
		if (replaced != null) {
			added.keySet().removeAll(replaced);
		}
		return added.isEmpty() ? List.of() : List.of(RelationChange.Step.add(added));
	}

	private List<RelationChange.Step> removed(PersistentCollection<?> collection, ManyToManyRole role, Object owner,
			Object ownerId, SharedSessionContractImplementor session) {
		Map<Object, @Nullable Object> stored = this.storedKeys.of(collection, role, ownerId, session);
		if (stored.isEmpty()) {
			return List.of();
		}
		Object replacement = EntityStates.isRemoved(session.getPersistenceContextInternal(), owner) ? null
				: currentValue(owner, role);
		if (!(replacement instanceof PersistentCollection<?> newCollection) || replacement == collection) {
			return List.of(RelationChange.Step.clear(stored));
		}
		Map<Object, @Nullable Object> current = RelationKeys.byKey(newCollection, role.elementPersister(), session);
		if (current.isEmpty()) {
			return List.of(RelationChange.Step.clear(stored));
		}
		Map<PersistentCollection<?>, Set<Object>> replaced = this.replacedKeys.get();
		replaced.put(newCollection, Set.copyOf(stored.keySet()));
		// Normally consumed when the new collection is written; a flush that fails first leaves it.
		session.getTransactionCompletionCallbacks()
			.registerCallback((AfterCompletionCallback) (success, completing) -> replaced.remove(newCollection));
		Map<Object, @Nullable Object> removed = new LinkedHashMap<>(stored);
		removed.keySet().removeAll(current.keySet());
		return removed.isEmpty() ? List.of() : List.of(RelationChange.Step.remove(removed));
	}

	/**
	 * The owner's current collection, following the attribute's path with null checks: an
	 * embeddable set to null holds no collection.
	 */
	private static @Nullable Object currentValue(Object owner, ManyToManyRole role) {
		String[] parts = role.path().split("\\.");
		String path = parts[0];
		Object value = role.persister().getOwnerEntityPersister().getPropertyValue(owner, path);
		for (int i = 1; i < parts.length && value != null; i++) {
			path = path + "." + parts[i];
			value = role.persister().getOwnerEntityPersister().getPropertyValue(owner, path);
		}
		return value;
	}

	private static List<RelationChange.Step> difference(Map<Object, @Nullable Object> before,
			Map<Object, @Nullable Object> after) {
		if (after.isEmpty()) {
			return before.isEmpty() ? List.of() : List.of(RelationChange.Step.clear(before));
		}
		Map<Object, @Nullable Object> removed = new LinkedHashMap<>(before);
		removed.keySet().removeAll(after.keySet());
		Map<Object, @Nullable Object> added = new LinkedHashMap<>(after);
		added.keySet().removeAll(before.keySet());
		if (removed.isEmpty()) {
			return added.isEmpty() ? List.of() : List.of(RelationChange.Step.add(added));
		}
		return added.isEmpty() ? List.of(RelationChange.Step.remove(removed))
				: List.of(RelationChange.Step.remove(removed), RelationChange.Step.add(added));
	}

	private void send(RelationChange change, boolean pre, SharedSessionContractImplementor session) {
		ManyToManyRole role = change.role();
		Class<?> ownerClass = EntityClasses.of(change.owner());
		for (RelationChange.Step step : change.steps()) {
			M2MAction action = pre ? step.pre() : step.post();
			Route forward = this.sender.route(SignalType.M2M_CHANGED, ownerClass);
			if (!forward.isEmpty()) {
				this.sender.sendInWrite(pre, forward, signal(change.owner(), ownerClass, action, role.field(), false,
						role.elementClass(), step.keys()), session);
			}
			if (role.otherField() != null) {
				sendReverse(change, step, pre, action, session);
			}
		}
	}

	private void sendReverse(RelationChange change, RelationChange.Step step, boolean pre, M2MAction action,
			SharedSessionContractImplementor session) {
		Set<Object> ownerKey = Set.of(change.ownerId());
		ManyToManyRole role = change.role();
		boolean byClass = subclassesListen(role);
		for (Map.Entry<Object, @Nullable Object> entry : step.byKey().entrySet()) {
			Object element = entry.getValue();
			if (element == null && byClass) {
				element = session.internalLoad(role.elementPersister().getEntityName(), entry.getKey(), true, true);
				if (element == null) {
					continue;
				}
			}
			if (element != null) {
				element = receivable(element, byClass);
				entry.setValue(element);
			}
			Class<?> elementClass = (element != null) ? EntityClasses.of(element) : role.elementClass();
			Route reverse = this.sender.route(SignalType.M2M_CHANGED, elementClass);
			if (reverse.isEmpty()) {
				continue;
			}
			if (element == null) {
				element = session.internalLoad(role.elementPersister().getEntityName(), entry.getKey(), false, false);
				entry.setValue(element);
			}
			this.sender.sendInWrite(pre, reverse,
					signal(element, elementClass, action, role.otherField(), true, role.ownerClass(), ownerKey),
					session);
		}
	}

	/**
	 * The instance a reverse view is delivered to: the entity behind a proxy that is
	 * initialized, or whose class must be known (a receiver of a subclass casts
	 * {@code instance()} to it); otherwise an uninitialized proxy as it is.
	 */
	private static Object receivable(Object element, boolean byClass) {
		LazyInitializer lazy = HibernateProxy.extractLazyInitializer(element);
		if (lazy == null || (lazy.isUninitialized() && !byClass)) {
			return element;
		}
		return lazy.getImplementation();
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private Object signal(Object instance, Class instanceClass, M2MAction action, String field, boolean reverse,
			Class<?> model, Set<Object> keys) {
		return new M2MChanged(instance, instanceClass, this.sender.using(), this.sender.raw(), action, field, reverse,
				model, keys);
	}

}
