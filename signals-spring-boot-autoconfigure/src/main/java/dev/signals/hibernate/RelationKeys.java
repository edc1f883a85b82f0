package dev.signals.hibernate;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.jspecify.annotations.Nullable;

/**
 * Reads the identifiers of the entities in a many-to-many collection, or in its snapshot,
 * without initializing proxies.
 */
final class RelationKeys {

	private RelationKeys() {
	}

	/**
	 * The entities of a collection or of a collection snapshot, by identifier.
	 * @param content a collection, a map whose values are the entities, or {@code null}
	 * @param elementPersister the persister of the entities
	 * @param session the session
	 * @return identifier to entity, in iteration order
	 */
	static Map<Object, @Nullable Object> byKey(@Nullable Object content, EntityPersister elementPersister,
			SharedSessionContractImplementor session) {
		Map<Object, @Nullable Object> byKey = new LinkedHashMap<>();
		Collection<?> elements = (content instanceof Map<?, ?> map) ? map.values()
				: (content instanceof Collection<?> collection) ? collection : null;
		if (elements != null) {
			for (Object element : elements) {
				if (element != null) {
					byKey.put(idOf(element, elementPersister, session), element);
				}
			}
		}
		return byKey;
	}

	static Object idOf(Object element, EntityPersister elementPersister, SharedSessionContractImplementor session) {
		LazyInitializer lazy = HibernateProxy.extractLazyInitializer(element);
		return (lazy != null) ? lazy.getInternalIdentifier() : elementPersister.getIdentifier(element, session);
	}

}
