package dev.signals.dispatch;

import org.jspecify.annotations.Nullable;

/**
 * Tells the identifier of an entity instance, so that two instances of the same row (loaded
 * in two persistence contexts) are recognised as the same entity.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface EntityIdentity {

	/** Knows no identifier: only the same instance is the same entity. */
	EntityIdentity INSTANCE_ONLY = (entity) -> null;

	/**
	 * The identifier of an entity instance.
	 * @param entity the instance
	 * @return its identifier, or {@code null} when it has none or is unknown
	 */
	@Nullable Object idOf(Object entity);

}
