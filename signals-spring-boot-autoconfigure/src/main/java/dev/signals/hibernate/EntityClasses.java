package dev.signals.hibernate;

import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/**
 * The entity class of an instance that may be a Hibernate proxy, found without initializing
 * the proxy: the class the proxy was made for while it is uninitialized (a subclass instance
 * behind it is unknown until then), the class of the instance behind it once initialized.
 */
final class EntityClasses {

	private EntityClasses() {
	}

	static Class<?> of(Object entity) {
		LazyInitializer lazy = HibernateProxy.extractLazyInitializer(entity);
		if (lazy == null) {
			return entity.getClass();
		}
		return lazy.isUninitialized() ? lazy.getPersistentClass() : lazy.getImplementation().getClass();
	}

}
