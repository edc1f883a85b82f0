package dev.signals;

/**
 * A signal about the deletion of an entity: {@link PreDelete} or {@link PostDelete}. A
 * receiver declared with this type receives both.
 *
 * @param <T> the entity class
 * @since 0.1.0
 */
public abstract sealed class DeleteSignal<T> extends ModelSignal<T> permits PreDelete, PostDelete {

	private static final long serialVersionUID = 1L;

	private final transient Object origin;

	DeleteSignal(T instance, Class<T> sender, String using, boolean raw, Object origin) {
		super(instance, sender, using, raw);
		this.origin = origin;
	}

	/**
	 * The entity whose removal started this deletion (Django's {@code origin}): the root of a
	 * cascade, or the instance itself when it was removed directly.
	 * @return the origin, never {@code null}
	 */
	public Object origin() {
		return this.origin;
	}

}
