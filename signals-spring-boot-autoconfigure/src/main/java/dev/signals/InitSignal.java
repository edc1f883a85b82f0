package dev.signals;

/**
 * A signal about an entity loaded from the database: {@link PreInit} or {@link PostInit}. A
 * receiver declared with this type receives both.
 *
 * @param <T> the entity class
 * @since 0.1.0
 */
public abstract sealed class InitSignal<T> extends ModelSignal<T> permits PreInit, PostInit {

	private static final long serialVersionUID = 1L;

	private final transient Object id;

	InitSignal(T instance, Class<T> sender, String using, boolean raw, Object id) {
		super(instance, sender, using, raw);
		this.id = id;
	}

	/**
	 * The identifier of the row being loaded.
	 * @return the identifier
	 */
	public Object id() {
		return this.id;
	}

}
