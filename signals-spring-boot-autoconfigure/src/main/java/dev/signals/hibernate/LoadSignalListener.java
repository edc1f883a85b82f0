package dev.signals.hibernate;

import dev.signals.PostInit;
import dev.signals.PreInit;
import dev.signals.SignalType;
import dev.signals.dispatch.Route;
import org.hibernate.event.spi.PostLoadEvent;
import org.hibernate.event.spi.PostLoadEventListener;
import org.hibernate.event.spi.PreLoadEvent;
import org.hibernate.event.spi.PreLoadEventListener;

/**
 * Sends {@link PreInit} and {@link PostInit} around the hydration of an entity loaded from
 * the database.
 */
final class LoadSignalListener implements PreLoadEventListener, PostLoadEventListener {

	private final SignalSender sender;

	LoadSignalListener(SignalSender sender) {
		this.sender = sender;
	}

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public void onPreLoad(PreLoadEvent event) {
		Class entityClass = event.getPersister().getMappedClass();
		Route route = this.sender.route(SignalType.PRE_INIT, entityClass);
		if (!route.isEmpty()) {
			this.sender.send(route, new PreInit(event.getEntity(), entityClass, this.sender.using(), this.sender.raw(),
					event.getId()), event.getSession());
		}
	}

	@Override
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public void onPostLoad(PostLoadEvent event) {
		Class entityClass = event.getPersister().getMappedClass();
		Route route = this.sender.route(SignalType.POST_INIT, entityClass);
		if (!route.isEmpty()) {
			this.sender.send(route, new PostInit(event.getEntity(), entityClass, this.sender.using(),
					this.sender.raw(), event.getId()), event.getSession());
		}
	}

}
