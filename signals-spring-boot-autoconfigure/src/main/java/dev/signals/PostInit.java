package dev.signals;

/**
 * Sent when an entity loaded from the database has all its attributes populated (Django's
 * {@code post_init}).
 *
 * @param <T> the entity class
 * @since 0.1.0
 */
public final class PostInit<T> extends InitSignal<T> {

	private static final long serialVersionUID = 1L;

	/**
	 * Create a signal.
	 * @param instance the populated entity instance
	 * @param sender the entity class
	 * @param using the persistence unit name
	 * @param raw whether the load happened inside a raw scope
	 * @param id the identifier of the loaded row
	 */
	public PostInit(T instance, Class<T> sender, String using, boolean raw, Object id) {
		super(instance, sender, using, raw, id);
	}

	@Override
	public SignalType type() {
		return SignalType.POST_INIT;
	}

}
