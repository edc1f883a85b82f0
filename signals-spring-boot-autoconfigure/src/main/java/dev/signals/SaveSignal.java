package dev.signals;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A signal about the INSERT or UPDATE of an entity: {@link PreSave} or {@link PostSave}. A
 * receiver declared with this type receives both.
 *
 * <p>Besides {@link #created()} and {@link #updateFields()}, it answers the questions
 * django-lifecycle's conditions ask: {@link #changed(String)}, {@link #previous(String)},
 * {@link #changedTo(String, Object)}.
 *
 * @param <T> the entity class
 * @since 0.1.0
 */
public abstract sealed class SaveSignal<T> extends ModelSignal<T> permits PreSave, PostSave {

	private static final long serialVersionUID = 1L;

	/** Whether the write is an INSERT. */
	private final boolean created;

	private final transient Set<String> updateFields;

	private final transient Map<String, ?> previousState;

	private final transient Map<String, ?> currentState;

	SaveSignal(T instance, Class<T> sender, String using, boolean raw, boolean created, Set<String> updateFields,
			Map<String, ?> previousState, Map<String, ?> currentState) {
		super(instance, sender, using, raw);
		this.created = created;
		this.updateFields = Collections.unmodifiableSet(updateFields);
		this.previousState = previousState;
		this.currentState = currentState;
	}

	/**
	 * Whether the write is an INSERT (Django's {@code created}).
	 * @return {@code true} for an insert, {@code false} for an update
	 */
	public boolean created() {
		return this.created;
	}

	/**
	 * The names of the persistent attributes this write changes, in the entity's attribute
	 * order. Empty for an insert.
	 * @return the changed attribute names, never {@code null}
	 */
	public Set<String> updateFields() {
		return this.updateFields;
	}

	/**
	 * Whether this update changes the given attribute. Always {@code false} for an insert.
	 * @param attribute the name of a persistent attribute
	 * @return whether the attribute is among {@link #updateFields()}
	 */
	public boolean changed(String attribute) {
		return this.updateFields.contains(attribute);
	}

	/**
	 * The value an attribute had before this write, as loaded from the database;
	 * {@code null} for an insert.
	 * @param attribute the name of a persistent attribute
	 * @return the previous value
	 * @throws IllegalArgumentException if the entity has no such attribute
	 */
	public @Nullable Object previous(String attribute) {
		return value(this.previousState, attribute);
	}

	/**
	 * The value this write gives an attribute.
	 * @param attribute the name of a persistent attribute
	 * @return the new value
	 * @throws IllegalArgumentException if the entity has no such attribute
	 */
	public @Nullable Object current(String attribute) {
		return value(this.currentState, attribute);
	}

	/**
	 * Whether this write gives an attribute the given value, having held another before
	 * (django-lifecycle's {@code changes_to}). An insert "changes" every attribute to its
	 * value. An enum attribute also matches its constant's name, so that
	 * {@code changedTo('status', 'PUBLISHED')} works in a SpEL condition.
	 * @param attribute the name of a persistent attribute
	 * @param value the value to compare with
	 * @return whether the attribute changed to that value
	 */
	public boolean changedTo(String attribute, @Nullable Object value) {
		return (this.created || changed(attribute)) && matches(current(attribute), value);
	}

	private static boolean matches(@Nullable Object actual, @Nullable Object expected) {
		if (actual instanceof Enum<?> constant && expected instanceof String name) {
			return constant.name().equals(name);
		}
		return Objects.equals(actual, expected);
	}

	/**
	 * An attribute's value in a state; the current state names every persistent attribute
	 * (the previous one of an insert is empty).
	 */
	Map<String, ?> previousState() {
		return this.previousState;
	}

	Map<String, ?> currentState() {
		return this.currentState;
	}

	private @Nullable Object value(Map<String, ?> state, String attribute) {
		if (!this.currentState.containsKey(attribute)) {
			throw new IllegalArgumentException(
					sender().getName() + " has no persistent attribute '" + attribute + "' in this " + type());
		}
		return state.get(attribute);
	}

}
