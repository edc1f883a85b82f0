package dev.signals;

/**
 * Sent after the row's DELETE, inside the transaction (Django's {@code post_delete}). The
 * instance still carries its identifier.
 *
 * @param <T> the entity class
 * @since 0.1.0
 */
public final class PostDelete<T> extends DeleteSignal<T> {

	private static final long serialVersionUID = 1L;

	/**
	 * Create a signal.
	 * @param instance the deleted entity
	 * @param sender the entity class
	 * @param using the persistence unit name
	 * @param raw whether the removal was made inside a raw scope
	 * @param origin the entity whose removal started the deletion
	 */
	public PostDelete(T instance, Class<T> sender, String using, boolean raw, Object origin) {
		super(instance, sender, using, raw, origin);
	}

	@Override
	public SignalType type() {
		return SignalType.POST_DELETE;
	}

}
