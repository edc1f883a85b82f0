package dev.signals.hibernate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import dev.signals.BulkMode;
import dev.signals.SignalType;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.dispatch.SignalDispatcher;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.cfg.PersistenceSettings;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerGroup;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.DeleteEventListener;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.mapping.ManyToOne;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

import org.springframework.util.Assert;

/**
 * Registers the signal listeners with a Hibernate session factory while it is built, so
 * that every entity write of that factory goes through them.
 *
 * @since 0.1.0
 */
public final class SignalsIntegrator implements Integrator {

	/** The persistence unit name used when the factory does not have one. */
	static final String DEFAULT_UNIT_NAME = "default";

	private final ReceiverRegistry registry;

	private final SignalDispatcher dispatcher;

	private final BulkMode bulkMode;

	/**
	 * Create an integrator.
	 * @param registry the receivers
	 * @param dispatcher the delivery of signals
	 * @param bulkMode what bulk statements do
	 */
	public SignalsIntegrator(ReceiverRegistry registry, SignalDispatcher dispatcher, BulkMode bulkMode) {
		Assert.notNull(registry, "'registry' must not be null");
		Assert.notNull(dispatcher, "'dispatcher' must not be null");
		Assert.notNull(bulkMode, "'bulkMode' must not be null");
		this.registry = registry;
		this.dispatcher = dispatcher;
		this.bulkMode = bulkMode;
	}

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		SignalSender sender = new SignalSender(this.registry, this.dispatcher, unitName(sessionFactory));
		EventListenerRegistry listeners = sessionFactory.getEventListenerRegistry();
		this.registry.whenReceiversAppear(EnumSet.of(SignalType.PRE_SAVE, SignalType.POST_SAVE), () -> {
			SaveSignalListener save = new SaveSignalListener(sender);
			listeners.appendListeners(EventType.PRE_INSERT, save);
			listeners.appendListeners(EventType.PRE_UPDATE, save);
			listeners.appendListeners(EventType.POST_INSERT, save);
			listeners.appendListeners(EventType.POST_UPDATE, save);
		});
		this.registry.whenReceiversAppear(EnumSet.of(SignalType.PRE_INIT, SignalType.POST_INIT), () -> {
			LoadSignalListener load = new LoadSignalListener(sender);
			listeners.appendListeners(EventType.PRE_LOAD, load);
			listeners.appendListeners(EventType.POST_LOAD, load);
		});
		if (hasManyToMany(metadata)) {
			this.registry.whenReceiversAppear(EnumSet.of(SignalType.M2M_CHANGED), () -> {
				M2MSignalListener m2m = new M2MSignalListener(sender);
				listeners.appendListeners(EventType.PRE_COLLECTION_RECREATE, m2m);
				listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, m2m);
				listeners.appendListeners(EventType.PRE_COLLECTION_UPDATE, m2m);
				listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, m2m);
				listeners.appendListeners(EventType.PRE_COLLECTION_REMOVE, m2m);
				listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, m2m);
			});
		}
		if (enabled(SignalType.PRE_DELETE, SignalType.POST_DELETE)) {
			registerDeleteListener(listeners, sender);
		}
		this.registry.whenReceiversAppear(EnumSet.of(SignalType.PRE_SAVE, SignalType.POST_SAVE, SignalType.PRE_DELETE,
				SignalType.POST_DELETE, SignalType.M2M_CHANGED), () -> registerWriteBoundaries(listeners, sender));
		BulkStatements.register(sessionFactory, new BulkSignalSender(sender, this.bulkMode));
	}

	@Override
	public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
		BulkStatements.unregister(sessionFactory);
	}

	/**
	 * Whether any of the types is switched on. The delete listener takes the place of
	 * Hibernate's own, so it is registered up front (and costs a flag check per deletion
	 * while nobody listens); the others are added once their first receiver appears, since
	 * Hibernate builds an event object for every write as soon as a listener is registered.
	 */
	private boolean enabled(SignalType... types) {
		for (SignalType type : types) {
			if (this.registry.isEnabled(type)) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasManyToMany(Metadata metadata) {
		return metadata.getCollectionBindings()
			.stream()
			.anyMatch((collection) -> !collection.isOneToMany() && collection.getElement() instanceof ManyToOne);
	}

	private void registerDeleteListener(EventListenerRegistry listeners, SignalSender sender) {
		EventListenerGroup<DeleteEventListener> deletes = listeners.getEventListenerGroup(EventType.DELETE);
		List<DeleteEventListener> hibernateDeletes = new ArrayList<>();
		deletes.fireEventOnEachListener(hibernateDeletes, (listener, collected) -> collected.add(listener));
		DeleteSignalListener delete = new DeleteSignalListener(sender, hibernateDeletes);
		deletes.clearListeners();
		deletes.appendListener(delete);
		// With no pre-delete listener, Hibernate deletes an unloaded proxy without its owner in
		// the collection removals: m2m receivers need the owner too.
		this.registry.whenReceiversAppear(
				EnumSet.of(SignalType.PRE_DELETE, SignalType.POST_DELETE, SignalType.M2M_CHANGED), () -> {
			listeners.appendListeners(EventType.PRE_DELETE, delete);
			listeners.appendListeners(EventType.POST_DELETE, delete);
		});
	}

	/**
	 * Listeners around every flush, persist and merge: they refuse the writes of receivers
	 * that run inside Hibernate's write, and deliver the signals a write sent after rows' SQL
	 * once it has ended.
	 */
	private static void registerWriteBoundaries(EventListenerRegistry listeners, SignalSender sender) {
		WriteStart start = new WriteStart(sender);
		listeners.prependListeners(EventType.FLUSH, start);
		listeners.prependListeners(EventType.AUTO_FLUSH, start);
		listeners.prependListeners(EventType.PERSIST, start);
		listeners.prependListeners(EventType.MERGE, start);
		WriteEnd end = new WriteEnd(sender.deferred());
		listeners.appendListeners(EventType.FLUSH, end);
		listeners.appendListeners(EventType.AUTO_FLUSH, end);
		listeners.appendListeners(EventType.PERSIST, end);
		listeners.appendListeners(EventType.MERGE, end);
	}

	static String unitName(SessionFactoryImplementor sessionFactory) {
		Object name = sessionFactory.getProperties().get(PersistenceSettings.PERSISTENCE_UNIT_NAME);
		return (name instanceof String text && !text.isBlank()) ? text : DEFAULT_UNIT_NAME;
	}

}
