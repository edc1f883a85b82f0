package dev.signals;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

import org.springframework.util.Assert;

/**
 * An immutable copy of a signal that outlives the transaction, the persistence context and
 * the process that sent it: what {@linkplain SignalReceiver#durable() durable receivers} get,
 * what goes to a message broker, and what a change made by another program is reported as.
 *
 * <p>A snapshot holds values, never entities: the entity's id, its basic attributes (to-one
 * associations as the related entity's id; collections left out) and, for
 * {@link SignalType#M2M_CHANGED}, the ids of the related entities. It is serialized as JSON
 * with Jackson (a {@code "types"} property records the Java type of each value, so that a
 * snapshot read back {@linkplain #equals(Object) equals} the one written). Its
 * {@link #id()} is unique per signal and the same for every receiver of that signal: the key
 * that makes a receiver idempotent.
 *
 * @param <T> the entity class (for a custom signal, the class of its sender)
 * @since 0.2.0
 */
@JsonSerialize(using = SnapshotJson.Writer.class)
@JsonDeserialize(using = SnapshotJson.Reader.class)
public final class SignalSnapshot<T> {

	private final UUID id;

	private final SignalType type;

	private final Class<T> sender;

	private final @Nullable Object entityId;

	private final Instant occurredAt;

	private final boolean created;

	private final Set<String> updateFields;

	private final Map<String, @Nullable Object> previous;

	private final Map<String, @Nullable Object> current;

	private final @Nullable M2MAction action;

	private final @Nullable String field;

	private final boolean reverse;

	private final Set<Object> pkSet;

	private final boolean external;

	private final @Nullable String signal;

	private final @Nullable Object payload;

	private SignalSnapshot(Builder<T> builder) {
		this.id = builder.id;
		this.type = builder.type;
		this.sender = builder.sender;
		this.entityId = builder.entityId;
		this.occurredAt = builder.occurredAt;
		this.created = builder.created;
		this.updateFields = Collections.unmodifiableSet(new LinkedHashSet<>(builder.updateFields));
		this.previous = Collections.unmodifiableMap(new LinkedHashMap<>(builder.previous));
		this.current = Collections.unmodifiableMap(new LinkedHashMap<>(builder.current));
		this.action = builder.action;
		this.field = builder.field;
		this.reverse = builder.reverse;
		this.pkSet = Collections.unmodifiableSet(new LinkedHashSet<>(builder.pkSet));
		this.external = builder.external;
		this.signal = builder.signal;
		this.payload = builder.payload;
	}

	/**
	 * Start a snapshot with a new random {@link #id()} and the current time.
	 * @param <T> the sender class
	 * @param type the signal type
	 * @param sender the entity class, or the sender's class for a custom signal
	 * @return a builder
	 */
	public static <T> Builder<T> builder(SignalType type, Class<T> sender) {
		return new Builder<>(type, sender);
	}

	/**
	 * The snapshot's identifier: unique per signal, the same for every receiver of it, and
	 * kept when the snapshot is stored, retried or sent to a broker. Use it as the
	 * idempotency key of a receiver that must not apply a signal twice.
	 * @return the identifier
	 */
	public UUID id() {
		return this.id;
	}

	/**
	 * The signal type.
	 * @return the type
	 */
	public SignalType type() {
		return this.type;
	}

	/**
	 * The entity class (Django's {@code sender}); for a custom signal, the class of the
	 * object that sent it.
	 * @return the sender class
	 */
	public Class<T> sender() {
		return this.sender;
	}

	/**
	 * The id of the entity the signal is about.
	 * @return the id, or {@code null} for signals about no single entity (bulk and custom
	 * signals) or an entity that had none yet
	 */
	public @Nullable Object entityId() {
		return this.entityId;
	}

	/**
	 * When the signal was sent (or, for a change made by another program, committed).
	 * @return the instant
	 */
	public Instant occurredAt() {
		return this.occurredAt;
	}

	/**
	 * For save signals: whether the write inserted the entity.
	 * @return whether the entity was created
	 */
	public boolean created() {
		return this.created;
	}

	/**
	 * For save signals of an update: the attributes whose values changed.
	 * @return the changed attribute names, empty for inserts and other signals
	 */
	public Set<String> updateFields() {
		return this.updateFields;
	}

	/**
	 * For save signals of an update: the values before the write.
	 * @return the basic attributes (to-one associations as the related id) by name
	 */
	public Map<String, @Nullable Object> previous() {
		return this.previous;
	}

	/**
	 * For save signals: the values written. For {@link SignalType#BULK_CHANGED}:
	 * {@code operation} (a {@link BulkOperation}) and {@code rowCount}.
	 * @return the values by name
	 */
	public Map<String, @Nullable Object> current() {
		return this.current;
	}

	/**
	 * For {@link SignalType#M2M_CHANGED}: the kind of change.
	 * @return the action, or {@code null} for other signals
	 */
	public @Nullable M2MAction action() {
		return this.action;
	}

	/**
	 * For {@link SignalType#M2M_CHANGED}: the collection attribute that changed, on the
	 * side of the {@link #sender()}.
	 * @return the attribute name, or {@code null} for other signals
	 */
	public @Nullable String field() {
		return this.field;
	}

	/**
	 * For {@link SignalType#M2M_CHANGED}: whether the change is seen from the inverse side.
	 * @return whether the sender owns the inverse side
	 */
	public boolean reverse() {
		return this.reverse;
	}

	/**
	 * For {@link SignalType#M2M_CHANGED}: the ids of the related entities added or removed.
	 * @return the ids, empty for other signals
	 */
	public Set<Object> pkSet() {
		return this.pkSet;
	}

	/**
	 * Whether another program made the change (read from the database's change stream)
	 * rather than this application.
	 * @return whether the change is external
	 */
	public boolean external() {
		return this.external;
	}

	/**
	 * For a custom signal: its {@linkplain Signal#name() name}.
	 * @return the name, or {@code null} for other signals
	 */
	public @Nullable String signal() {
		return this.signal;
	}

	/**
	 * For a custom signal: its payload.
	 * @return the payload, or {@code null} for other signals
	 */
	public @Nullable Object payload() {
		return this.payload;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof SignalSnapshot<?> that)) {
			return false;
		}
		return this.id.equals(that.id) && this.type == that.type && this.sender == that.sender
				&& Objects.deepEquals(this.entityId, that.entityId) && this.occurredAt.equals(that.occurredAt)
				&& this.created == that.created && this.updateFields.equals(that.updateFields)
				&& this.previous.equals(that.previous) && this.current.equals(that.current)
				&& this.action == that.action && Objects.equals(this.field, that.field) && this.reverse == that.reverse
				&& this.pkSet.equals(that.pkSet) && this.external == that.external
				&& Objects.equals(this.signal, that.signal) && Objects.deepEquals(this.payload, that.payload);
	}

	@Override
	public int hashCode() {
		return this.id.hashCode();
	}

	@Override
	public String toString() {
		String about = (this.signal != null) ? this.signal : this.sender.getSimpleName() + "#" + this.entityId;
		return "SignalSnapshot[" + this.type + " " + about + ((this.action != null) ? " " + this.action : "")
				+ (this.external ? " external" : "") + ", id " + this.id + "]";
	}

	/**
	 * Builds a {@link SignalSnapshot}; every property is optional but the type and sender.
	 *
	 * @param <T> the sender class
	 */
	public static final class Builder<T> {

		private UUID id = UUID.randomUUID();

		private final SignalType type;

		private final Class<T> sender;

		private @Nullable Object entityId;

		private Instant occurredAt = Instant.now();

		private boolean created;

		private Set<String> updateFields = Set.of();

		private Map<String, @Nullable Object> previous = Map.of();

		private Map<String, @Nullable Object> current = Map.of();

		private @Nullable M2MAction action;

		private @Nullable String field;

		private boolean reverse;

		private Set<Object> pkSet = Set.of();

		private boolean external;

		private @Nullable String signal;

		private @Nullable Object payload;

		private Builder(SignalType type, Class<T> sender) {
			Assert.notNull(type, "'type' must not be null");
			Assert.notNull(sender, "'sender' must not be null");
			this.type = type;
			this.sender = sender;
		}

		/**
		 * Set the identifier (a new random one otherwise).
		 * @param id the identifier
		 * @return this builder
		 */
		public Builder<T> id(UUID id) {
			Assert.notNull(id, "'id' must not be null");
			this.id = id;
			return this;
		}

		/**
		 * Set the entity's id.
		 * @param entityId the id
		 * @return this builder
		 */
		public Builder<T> entityId(@Nullable Object entityId) {
			this.entityId = entityId;
			return this;
		}

		/**
		 * Set when the signal was sent (now otherwise).
		 * @param occurredAt the instant
		 * @return this builder
		 */
		public Builder<T> occurredAt(Instant occurredAt) {
			Assert.notNull(occurredAt, "'occurredAt' must not be null");
			this.occurredAt = occurredAt;
			return this;
		}

		/**
		 * Set whether a save inserted the entity.
		 * @param created whether the entity was created
		 * @return this builder
		 */
		public Builder<T> created(boolean created) {
			this.created = created;
			return this;
		}

		/**
		 * Set the changed attributes of an update.
		 * @param updateFields the attribute names
		 * @return this builder
		 */
		public Builder<T> updateFields(Set<String> updateFields) {
			Assert.notNull(updateFields, "'updateFields' must not be null");
			this.updateFields = updateFields;
			return this;
		}

		/**
		 * Set the values before the write.
		 * @param previous the values by attribute name
		 * @return this builder
		 */
		public Builder<T> previous(Map<String, @Nullable Object> previous) {
			Assert.notNull(previous, "'previous' must not be null");
			this.previous = previous;
			return this;
		}

		/**
		 * Set the values written.
		 * @param current the values by attribute name
		 * @return this builder
		 */
		public Builder<T> current(Map<String, @Nullable Object> current) {
			Assert.notNull(current, "'current' must not be null");
			this.current = current;
			return this;
		}

		/**
		 * Set what a many-to-many change did.
		 * @param action the action
		 * @param field the collection attribute
		 * @param reverse whether it is seen from the inverse side
		 * @param pkSet the ids of the related entities
		 * @return this builder
		 */
		public Builder<T> m2m(M2MAction action, String field, boolean reverse, Set<Object> pkSet) {
			Assert.notNull(action, "'action' must not be null");
			Assert.hasText(field, "'field' must not be empty");
			Assert.notNull(pkSet, "'pkSet' must not be null");
			this.action = action;
			this.field = field;
			this.reverse = reverse;
			this.pkSet = pkSet;
			return this;
		}

		/**
		 * Mark the change as made by another program.
		 * @param external whether the change is external
		 * @return this builder
		 */
		public Builder<T> external(boolean external) {
			this.external = external;
			return this;
		}

		/**
		 * Set the name and payload of a custom signal.
		 * @param signal the signal's name
		 * @param payload its payload
		 * @return this builder
		 */
		public Builder<T> custom(String signal, Object payload) {
			Assert.hasText(signal, "'signal' must not be empty");
			Assert.notNull(payload, "'payload' must not be null");
			this.signal = signal;
			this.payload = payload;
			return this;
		}

		/**
		 * Build the snapshot.
		 * @return the snapshot
		 */
		public SignalSnapshot<T> build() {
			return new SignalSnapshot<>(this);
		}

	}

}
