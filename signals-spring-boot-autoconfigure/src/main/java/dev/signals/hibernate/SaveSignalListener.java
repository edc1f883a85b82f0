package dev.signals.hibernate;

import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import dev.signals.PostSave;
import dev.signals.PreSave;
import dev.signals.SignalType;
import dev.signals.dispatch.Route;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreInsertEvent;
import org.hibernate.event.spi.PreInsertEventListener;
import org.hibernate.event.spi.PreUpdateEvent;
import org.hibernate.event.spi.PreUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * Sends {@link PreSave} and {@link PostSave} around each INSERT and UPDATE. What pre-save
 * receivers change in the instance is written by the same statement
 * ({@link PreSaveWriteBack}).
 */
final class SaveSignalListener implements PreInsertEventListener, PostInsertEventListener, PreUpdateEventListener,
		PostUpdateEventListener {

	private final SignalSender sender;

	SaveSignalListener(SignalSender sender) {
		this.sender = sender;
	}

	@Override
	public boolean onPreInsert(PreInsertEvent event) {
		preSave(event.getPersister(), event.getEntity(), event.getState(), true, null, event.getSession());
		return false;
	}

	@Override
	public boolean onPreUpdate(PreUpdateEvent event) {
		preSave(event.getPersister(), event.getEntity(), event.getState(), false, event.getOldState(),
				event.getSession());
		return false;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		postSave(event.getPersister(), event.getEntity(), event.getState(), true, null, event.getSession());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		postSave(event.getPersister(), event.getEntity(), event.getState(), false, event.getOldState(),
				event.getSession());
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	/**
	 * {@code oldState} is {@code null} for an insert, and for an update of an entity whose
	 * loaded state Hibernate does not keep (then every attribute counts as changed and the
	 * previous values are unknown).
	 */
	private void preSave(EntityPersister persister, Object entity, Object[] state, boolean created,
			Object @Nullable [] oldState, SharedSessionContractImplementor session) {
		Route route = this.sender.route(SignalType.PRE_SAVE, persister.getMappedClass());
		if (route.isEmpty()) {
			return;
		}
		Object[] before = PreSaveWriteBack.snapshot(persister, entity);
		Set<String> changed = changed(created, persister, entity, state, oldState, session);
		send(route, SignalType.PRE_SAVE, created, changed, entity, persister, state, oldState, session);
		PreSaveWriteBack.apply(persister, entity, state, before, created ? null : changed);
	}

	private void postSave(EntityPersister persister, Object entity, Object[] state, boolean created,
			Object @Nullable [] oldState, SharedSessionContractImplementor session) {
		Route route = this.sender.route(SignalType.POST_SAVE, persister.getMappedClass());
		if (!route.isEmpty()) {
			send(route, SignalType.POST_SAVE, created, changed(created, persister, entity, state, oldState, session),
					entity, persister, state, oldState, session);
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private void send(Route route, SignalType type, boolean created, Set<String> changed, Object entity,
			EntityPersister persister, Object[] state, Object @Nullable [] oldState,
			SharedSessionContractImplementor session) {
		String[] names = persister.getPropertyNames();
		Map<String, ?> previous = (oldState != null) ? new StateView(names, oldState)
				: created ? Map.of() : new StateView(names, new Object[names.length]);
		Map<String, ?> current = new StateView(names, state);
		Class entityClass = persister.getMappedClass();
		Object signal = (type == SignalType.PRE_SAVE)
				? new PreSave(entity, entityClass, this.sender.using(), this.sender.raw(), created, changed, previous,
						current)
				: new PostSave(entity, entityClass, this.sender.using(), this.sender.raw(), created, changed, previous,
						current);
		this.sender.sendInWrite(type == SignalType.PRE_SAVE, route, signal, session);
	}

	/**
	 * The attributes an update changes, computed from the states rather than taken from
	 * Hibernate's dirty list, so that after the pre-save receivers it includes what they
	 * changed.
	 */
	private static Set<String> changed(boolean created, EntityPersister persister, Object entity, Object[] state,
			Object @Nullable [] oldState, SharedSessionContractImplementor session) {
		String[] names = persister.getPropertyNames();
		if (created) {
			return Set.of();
		}
		if (oldState == null) {
			return new AttributeNames(names, IntStream.range(0, names.length).toArray());
		}
		int[] dirty = persister.findDirty(state, oldState, entity, session);
		return (dirty != null) ? new AttributeNames(names, dirty) : Set.of();
	}

}
