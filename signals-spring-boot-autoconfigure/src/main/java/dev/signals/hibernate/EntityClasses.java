package dev.signals.hibernate;

import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/**
 * The entity class of an instance that may be a Hibernate proxy, found without initializing
 * the proxy.
 */
final class EntityClasses {

	private EntityClasses() {
	}

	static Class<?> of(Object entity) {
		LazyInitializer lazy = HibernateProxy.extractLazyInitializer(entity);
		return (lazy != null) ? lazy.getPersistentClass() : entity.getClass();
	}

}
