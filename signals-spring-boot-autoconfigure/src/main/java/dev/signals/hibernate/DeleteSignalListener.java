package dev.signals.hibernate;

import java.util.List;

import dev.signals.PostDelete;
import dev.signals.PreDelete;
import dev.signals.SignalType;
import dev.signals.dispatch.Route;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.event.spi.DeleteContext;
import org.hibernate.event.spi.DeleteEvent;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PreDeleteEvent;
import org.hibernate.event.spi.PreDeleteEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.jspecify.annotations.Nullable;

/**
 * Sends {@link PreDelete} when an entity is removed, before Hibernate cascades the removal
 * and before any SQL, and {@link PostDelete} after the row's DELETE.
 *
 * <p>It takes the place of the session factory's delete listeners and calls them itself, so
 * that it knows which removal started a cascade: that entity is the {@code origin} of every
 * deletion the cascade causes.
 */
final class DeleteSignalListener implements DeleteEventListener, PreDeleteEventListener, PostDeleteEventListener {

	private final SignalSender sender;

	private final DeleteEventListener[] delegates;

	private final ThreadLocal<Deletions> deletions = ThreadLocal.withInitial(Deletions::new);

	DeleteSignalListener(SignalSender sender, List<DeleteEventListener> delegates) {
		this.sender = sender;
		this.delegates = delegates.toArray(new DeleteEventListener[0]);
	}

	@Override
	public void onDelete(DeleteEvent event) {
		remove(event, null);
	}

	@Override
	public void onDelete(DeleteEvent event, DeleteContext transientEntities) {
		remove(event, transientEntities);
	}

	private void remove(DeleteEvent event, @Nullable DeleteContext transientEntities) {
		if (!this.sender.hasReceivers(SignalType.PRE_DELETE) && !this.sender.hasReceivers(SignalType.POST_DELETE)) {
			delegate(event, transientEntities);
			return;
		}
		EventSource session = event.getSession();
		WriteStart.refuseInsideWrite(this.sender, session, "removed", event.getObject());
		Deletions deletions = this.deletions.get();
		Object origin = deletions.cascadeOrigin;
		boolean root = (origin == null);
		Removal outer = deletions.removals;
		try {
			Object entity = event.getObject();
			if (mayBeSubclassInstance(entity, session)) {
				entity = session.getPersistenceContextInternal().unproxyAndReassociate(entity);
			}
			Class<?> entityClass = EntityClasses.of(entity);
			Route pre = this.sender.route(SignalType.PRE_DELETE, entityClass);
			boolean postWanted = !this.sender.route(SignalType.POST_DELETE, entityClass).isEmpty();
			if (!pre.isEmpty() || postWanted) {
				entity = session.getPersistenceContextInternal().unproxyAndReassociate(entity);
			}
			if (Removal.contains(outer, entity)) {
				// removed again while its own removal runs (the cascade of a removal that one
				// of its pre-delete receivers started): deleted once, signalled once
				delegate(event, transientEntities);
				return;
			}
			if (root) {
				origin = entity;
				deletions.cascadeOrigin = origin;
			}
			deletions.removals = new Removal(entity, outer);
			boolean managed = EntityStates.isManaged(session.getPersistenceContextInternal(), entity);
			if (managed && !pre.isEmpty()) {
				sendPreDelete(deletions, pre, signal(SignalType.PRE_DELETE, entity, entityClass, origin), session);
			}
			delegate(event, transientEntities);
			if (managed && postWanted && !root) {
				EntityEntry entry = session.getPersistenceContextInternal().getEntry(entity);
				if (entry != null) {
					entry.addExtraState(new DeletionOrigin(origin));
				}
			}
		}
		finally {
			deletions.removals = outer;
			if (root) {
				deletions.cascadeOrigin = null;
			}
		}
	}

	/**
	 * Send a {@code PreDelete}: inside the flush for an orphan it found, otherwise at once,
	 * outside the cascade, so that what a receiver removes is a removal of its own (with
	 * itself as origin).
	 */
	private void sendPreDelete(Deletions deletions, Route pre, Object signal, EventSource session) {
		if (session.getPersistenceContextInternal().isFlushing()) {
			this.sender.sendBeforeWrite(pre, signal, session);
			return;
		}
		Object origin = deletions.cascadeOrigin;
		deletions.cascadeOrigin = null;
		try {
			this.sender.send(pre, signal, session);
		}
		finally {
			deletions.cascadeOrigin = origin;
		}
	}

	/**
	 * Whether the instance is an uninitialized proxy of an entity with subclasses: its class is
	 * only known once it is loaded (Hibernate loads it to delete it anyway, unless nothing
	 * listens and the entity has nothing to cascade).
	 */
	private static boolean mayBeSubclassInstance(Object entity, EventSource session) {
		LazyInitializer lazy = HibernateProxy.extractLazyInitializer(entity);
		return lazy != null && lazy.isUninitialized()
				&& session.getFactory().getMappingMetamodel().getEntityDescriptor(lazy.getEntityName()).hasSubclasses();
	}

	private void delegate(DeleteEvent event, @Nullable DeleteContext transientEntities) {
		for (DeleteEventListener delegate : this.delegates) {
			if (transientEntities != null) {
				delegate.onDelete(event, transientEntities);
			}
			else {
				delegate.onDelete(event);
			}
		}
	}

	@Override
	public boolean onPreDelete(PreDeleteEvent event) {
		if (event.getSession().isStateless()) {
			// A StatelessSession deletes without a delete event: its pre-delete comes here,
			// just before the row's DELETE (it cascades nothing).
			Route pre = this.sender.route(SignalType.PRE_DELETE, event.getPersister().getMappedClass());
			if (!pre.isEmpty()) {
				this.sender.send(pre, signal(SignalType.PRE_DELETE, event.getEntity(),
						event.getPersister().getMappedClass(), event.getEntity()), event.getSession());
			}
			return false;
		}
		if (!this.sender.hasReceivers(SignalType.POST_DELETE)) {
			return false;
		}
		EntityEntry entry = event.getSession().getPersistenceContextInternal().getEntry(event.getEntity());
		DeletionOrigin origin = (entry != null) ? entry.getExtraState(DeletionOrigin.class) : null;
		this.deletions.get().flushing = (origin != null) ? new Flushing(event.getEntity(), origin.origin()) : null;
		return false;
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		EntityPersister persister = event.getPersister();
		Route route = this.sender.route(SignalType.POST_DELETE, persister.getMappedClass());
		if (route.isEmpty()) {
			return;
		}
		Deletions deletions = this.deletions.get();
		Flushing flushing = deletions.flushing;
		Object origin = event.getEntity();
		if (flushing != null && flushing.entity() == event.getEntity()) {
			deletions.flushing = null;
			origin = flushing.origin();
		}
		this.sender.sendAfterWrite(route,
				signal(SignalType.POST_DELETE, event.getEntity(), persister.getMappedClass(), origin),
				event.getSession());
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	/**
	 * What the removals and deletions of one thread hold, in one object so that each event
	 * looks it up once.
	 */
	private static final class Deletions {

		/** The entity whose removal started the cascade that is running, if any. */
		private @Nullable Object cascadeOrigin;

		/** The entities whose {@code remove()} runs. */
		private @Nullable Removal removals;

		/** The entity whose DELETE is running, if a cascade removed it. */
		private @Nullable Flushing flushing;

	}

	/**
	 * The entity whose DELETE is running, with its origin, from its pre-delete to its
	 * post-delete event (the persistence-context entry is gone by then).
	 */
	private record Flushing(Object entity, Object origin) {
	}

	/**
	 * The entities whose {@code remove()} runs on this thread, innermost first.
	 */
	private record Removal(Object entity, @Nullable Removal outer) {

		static boolean contains(@Nullable Removal removal, Object entity) {
			for (Removal running = removal; running != null; running = running.outer()) {
				if (running.entity() == entity) {
					return true;
				}
			}
			return false;
		}

	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private Object signal(SignalType type, Object entity, Class entityClass, Object origin) {
		return (type == SignalType.PRE_DELETE)
				? new PreDelete(entity, entityClass, this.sender.using(), this.sender.raw(), origin)
				: new PostDelete(entity, entityClass, this.sender.using(), this.sender.raw(), origin);
	}

}
