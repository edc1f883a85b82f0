package dev.signals;

import org.springframework.context.ApplicationEvent;
import org.springframework.core.ResolvableType;
import org.springframework.core.ResolvableTypeProvider;
import org.springframework.util.Assert;

/**
 * A signal about one entity instance, sent by the persistence layer. Every model signal is
 * an {@link ApplicationEvent} whose generic type resolves to the entity class, so
 * {@code PostSave<Article>} is a real type for Spring's event matching.
 *
 * @param <T> the entity class
 * @since 0.1.0
 */
public abstract class ModelSignal<T> extends ApplicationEvent implements ResolvableTypeProvider {

	private static final long serialVersionUID = 1L;

	private final transient Class<T> sender;

	/** The persistence unit. */
	private final String using;

	/** Whether the write was made in a raw scope. */
	private final boolean raw;

	/**
	 * Create a signal.
	 * @param instance the entity instance the signal is about
	 * @param sender the entity class of the instance
	 * @param using the persistence unit name
	 * @param raw whether the write was made inside a raw scope
	 */
	protected ModelSignal(T instance, Class<T> sender, String using, boolean raw) {
		super(instance);
		Assert.notNull(sender, "'sender' must not be null");
		Assert.notNull(using, "'using' must not be null");
		this.sender = sender;
		this.using = using;
		this.raw = raw;
	}

	/**
	 * The kind of this signal.
	 * @return the signal type
	 */
	public abstract SignalType type();

	/**
	 * The entity class of the instance (Django's {@code sender}).
	 * @return the entity class
	 */
	public Class<T> sender() {
		return this.sender;
	}

	/**
	 * The entity instance the signal is about.
	 * @return the instance
	 */
	@SuppressWarnings("unchecked")
	public T instance() {
		return (T) getSource();
	}

	/**
	 * The name of the persistence unit that made the write (Django's {@code using});
	 * Spring Boot's persistence unit is called {@code default}.
	 * @return the persistence unit name
	 */
	public String using() {
		return this.using;
	}

	/**
	 * Whether the write was made inside a raw scope, such as fixture loading (Django's
	 * {@code raw}).
	 * @return {@code true} only for writes made inside a raw scope
	 */
	public boolean raw() {
		return this.raw;
	}

	/**
	 * An immutable copy of this signal that can be stored, sent to a broker and read back
	 * (see {@link SignalSnapshot}).
	 * @return the snapshot, with a new {@link SignalSnapshot#id() id}
	 * @since 0.2.0
	 */
	public SignalSnapshot<T> snapshot() {
		return Snapshots.of(this);
	}

	@Override
	public ResolvableType getResolvableType() {
		return ResolvableType.forClassWithGenerics(getClass(), this.sender);
	}

	@Override
	public String toString() {
		return type() + "[" + this.sender.getSimpleName() + "]";
	}

}
