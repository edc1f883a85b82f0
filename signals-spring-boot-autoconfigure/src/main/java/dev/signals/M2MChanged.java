package dev.signals;

import java.util.Set;

import org.springframework.util.Assert;

/**
 * Sent around each change of a many-to-many relation (Django's {@code m2m_changed}).
 *
 * <p>A change to the owning side, such as {@code article.getTags()}, is delivered from that
 * side ({@code instance} = the article, {@code field} = {@code tags}, {@code model} =
 * {@code Tag}, {@code reverse} = false) and, when the relation is bidirectional, from the
 * other side for each affected element ({@code instance} = the tag, {@code field} =
 * {@code articles}, {@code model} = {@code Article}, {@code reverse} = true).
 * {@link #pkSet()} holds exactly the identifiers whose join-table rows are inserted or
 * deleted; a flush that changes nothing in the relation sends nothing.
 *
 * @param <T> the entity class of the instance
 * @since 0.1.0
 */
public final class M2MChanged<T> extends ModelSignal<T> {

	private static final long serialVersionUID = 1L;

	/** What happened to the relation. */
	private final M2MAction action;

	/** The collection attribute of the instance. */
	private final String field;

	/** Whether the change was made from the other side of the relation. */
	private final boolean reverse;

	private final transient Class<?> model;

	private final transient Set<Object> pkSet;

	/**
	 * Create a signal.
	 * @param instance the entity whose relation changed
	 * @param sender the entity class of the instance
	 * @param using the persistence unit name
	 * @param raw whether the write was made inside a raw scope
	 * @param action what happened
	 * @param field the collection attribute of the instance, such as {@code tags}
	 * @param reverse whether this is the view from the side that does not own the relation
	 * @param model the entity class on the other side
	 * @param pkSet the identifiers of the related entities added or removed
	 */
	public M2MChanged(T instance, Class<T> sender, String using, boolean raw, M2MAction action, String field,
			boolean reverse, Class<?> model, Set<Object> pkSet) {
		super(instance, sender, using, raw);
		Assert.notNull(action, "'action' must not be null");
		Assert.hasText(field, "'field' must not be empty");
		Assert.notNull(model, "'model' must not be null");
		Assert.notNull(pkSet, "'pkSet' must not be null");
		this.action = action;
		this.field = field;
		this.reverse = reverse;
		this.model = model;
		this.pkSet = Set.copyOf(pkSet);
	}

	@Override
	public SignalType type() {
		return SignalType.M2M_CHANGED;
	}

	/**
	 * What happened to the relation.
	 * @return the action
	 */
	public M2MAction action() {
		return this.action;
	}

	/**
	 * The collection attribute of the instance that changed.
	 * @return the attribute name
	 */
	public String field() {
		return this.field;
	}

	/**
	 * Whether this is the view from the side that does not own the relation (the side mapped
	 * with {@code mappedBy}).
	 * @return {@code true} for the reverse view
	 */
	public boolean reverse() {
		return this.reverse;
	}

	/**
	 * The entity class on the other side of the relation.
	 * @return the related entity class
	 */
	public Class<?> model() {
		return this.model;
	}

	/**
	 * The identifiers of the related entities whose join-table rows are inserted or deleted,
	 * as their Java identifier type.
	 * @return the identifiers, never {@code null}
	 */
	public Set<Object> pkSet() {
		return this.pkSet;
	}

	@Override
	public String toString() {
		return this.action + "[" + sender().getSimpleName() + "." + this.field + " " + this.pkSet + "]";
	}

}
