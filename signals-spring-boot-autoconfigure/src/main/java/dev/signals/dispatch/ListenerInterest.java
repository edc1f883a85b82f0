package dev.signals.dispatch;

import java.util.Set;

import dev.signals.SignalType;

/**
 * A Spring application listener's interest in model signals: the types it listens to and
 * the entity class its event type is bound to.
 *
 * @param types the signal types the listener's event type stands for
 * @param senderBound the entity class of the listener's event type ({@code Object} for any)
 * @since 0.1.0
 */
public record ListenerInterest(Set<SignalType> types, Class<?> senderBound) {

	boolean accepts(SignalType type, Class<?> entityClass) {
		return this.types.contains(type)
				&& this.senderBound.isAssignableFrom(entityClass);
	}

}
