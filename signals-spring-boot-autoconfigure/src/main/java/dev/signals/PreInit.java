package dev.signals;

/**
 * Sent when an entity is being loaded from the database, after its instance was created and
 * before its attributes are populated (Django's {@code pre_init}).
 *
 * @param <T> the entity class
 * @since 0.1.0
 */
public final class PreInit<T> extends InitSignal<T> {

	private static final long serialVersionUID = 1L;

	/**
	 * Create a signal.
	 * @param instance the entity instance, not yet populated
	 * @param sender the entity class
	 * @param using the persistence unit name
	 * @param raw whether the load happened inside a raw scope
	 * @param id the identifier of the row being loaded
	 */
	public PreInit(T instance, Class<T> sender, String using, boolean raw, Object id) {
		super(instance, sender, using, raw, id);
	}

	@Override
	public SignalType type() {
		return SignalType.PRE_INIT;
	}

}
