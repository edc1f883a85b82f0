package dev.signals;

import java.util.Map;
import java.util.Set;

/**
 * Sent after the row's INSERT or UPDATE, inside the transaction (Django's {@code post_save}).
 *
 * @param <T> the entity class
 * @since 0.1.0
 */
public final class PostSave<T> extends SaveSignal<T> {

	private static final long serialVersionUID = 1L;

	/**
	 * Create a signal.
	 * @param instance the entity being written
	 * @param sender the entity class
	 * @param using the persistence unit name
	 * @param raw whether the write was made inside a raw scope
	 * @param created whether the write is an INSERT
	 * @param updateFields the attributes the write changes (empty for an insert); not copied,
	 * so it must not change afterwards
	 * @param previousState every persistent attribute with its value before the write (empty
	 * for an insert)
	 * @param currentState every persistent attribute with the value the write gives it
	 */
	public PostSave(T instance, Class<T> sender, String using, boolean raw, boolean created, Set<String> updateFields,
			Map<String, ?> previousState, Map<String, ?> currentState) {
		super(instance, sender, using, raw, created, updateFields, previousState, currentState);
	}

	@Override
	public SignalType type() {
		return SignalType.POST_SAVE;
	}

}
