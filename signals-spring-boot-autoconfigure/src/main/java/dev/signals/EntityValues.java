package dev.signals;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Turns entities into the values a {@link SignalSnapshot} holds: an entity becomes its id
 * (read without initializing a lazy proxy), collections are left out, other values are kept.
 */
final class EntityValues {

	private static final boolean HIBERNATE_PRESENT = ClassUtils.isPresent("org.hibernate.proxy.HibernateProxy",
			EntityValues.class.getClassLoader());

	private static final Map<Class<?>, Function<Object, @Nullable Object>> ID_READERS = new ConcurrentHashMap<>();

	private EntityValues() {
	}

	/**
	 * The id of an entity.
	 * @param entity the entity, possibly a lazy proxy
	 * @return its id, or {@code null} when it has none yet or its class declares none
	 */
	static @Nullable Object idOf(Object entity) {
		if (HIBERNATE_PRESENT) {
			LazyInitializer proxy = HibernateProxy.extractLazyInitializer(entity);
			if (proxy != null) {
				return proxy.getInternalIdentifier();
			}
		}
		return ID_READERS.computeIfAbsent(entity.getClass(), EntityValues::idReader).apply(entity);
	}

	/**
	 * The values of an entity state as a snapshot holds them.
	 * @param state the attribute values by name
	 * @return a copy, with entities replaced by their ids and collections left out
	 */
	static Map<String, @Nullable Object> values(Map<String, ?> state) {
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		state.forEach((name, value) -> {
			if (!(value instanceof Collection<?>) && !(value instanceof Map<?, ?>)) {
				values.put(name, (value != null && isEntity(value)) ? idOf(value) : value);
			}
		});
		return values;
	}

	private static boolean isEntity(Object value) {
		return (HIBERNATE_PRESENT && value instanceof HibernateProxy)
				|| ClassUtils.getUserClass(value).isAnnotationPresent(Entity.class);
	}

	private static Function<Object, @Nullable Object> idReader(Class<?> type) {
		Field[] found = new Field[1];
		ReflectionUtils.doWithFields(type, (field) -> found[0] = field,
				(field) -> found[0] == null && (field.isAnnotationPresent(Id.class) || field.isAnnotationPresent(EmbeddedId.class)));
		if (found[0] != null) {
			Field field = found[0];
			ReflectionUtils.makeAccessible(field);
			return (entity) -> ReflectionUtils.getField(field, entity);
		}
		Method[] getter = new Method[1];
		ReflectionUtils.doWithMethods(type, (method) -> getter[0] = method,
				(method) -> getter[0] == null && method.getParameterCount() == 0
						&& (method.isAnnotationPresent(Id.class) || method.isAnnotationPresent(EmbeddedId.class)));
		if (getter[0] != null) {
			Method method = getter[0];
			ReflectionUtils.makeAccessible(method);
			return (entity) -> ReflectionUtils.invokeMethod(method, entity);
		}
		return (entity) -> null;
	}

}
