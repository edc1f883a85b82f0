package dev.signals;

/**
 * Sent before any SQL of an entity's deletion runs (join-table rows and cascaded children
 * included), when the entity is removed (Django's {@code pre_delete}). A receiver can still
 * read the entity and its relations; an exception thrown by an {@link Phase#IMMEDIATE}
 * receiver prevents the deletion.
 *
 * @param <T> the entity class
 * @since 0.1.0
 */
public final class PreDelete<T> extends DeleteSignal<T> {

	private static final long serialVersionUID = 1L;

	/**
	 * Create a signal.
	 * @param instance the entity being deleted
	 * @param sender the entity class
	 * @param using the persistence unit name
	 * @param raw whether the removal was made inside a raw scope
	 * @param origin the entity whose removal started the deletion
	 */
	public PreDelete(T instance, Class<T> sender, String using, boolean raw, Object origin) {
		super(instance, sender, using, raw, origin);
	}

	@Override
	public SignalType type() {
		return SignalType.PRE_DELETE;
	}

}
