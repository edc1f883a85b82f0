package dev.signals.external;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.signals.M2MAction;
import dev.signals.SignalSnapshot;
import dev.signals.SignalType;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.util.ClassUtils;

/**
 * Turns one row change of Debezium's PostgreSQL connector into the snapshots external
 * receivers get: {@code POST_SAVE} for an insert ({@code created}) or update (with
 * {@code updateFields} and {@code previous} when the before image has the old values),
 * {@code POST_DELETE} for a delete, and for a join-table row {@code M2M_CHANGED} seen from
 * both sides.
 */
final class ChangeSnapshots {

	private final CapturedTables tables;

	private final ConversionService conversion = DefaultConversionService.getSharedInstance();

	ChangeSnapshots(CapturedTables tables) {
		this.tables = tables;
	}

	/**
	 * The snapshots of a change event's value.
	 * @param value the event's value: {@code before}, {@code after}, {@code source} and
	 * {@code op}
	 * @return the snapshots, empty for a table that is not captured
	 */
	List<SignalSnapshot<?>> of(Struct value) {
		Struct source = value.getStruct("source");
		String table = source.getString("schema") + "." + source.getString("table");
		String op = value.getString("op");
		Struct before = value.getStruct("before");
		Struct after = value.getStruct("after");
		Long committed = source.getInt64("ts_ms");
		Instant occurredAt = (committed != null) ? Instant.ofEpochMilli(committed) : Instant.now();
		EntityTable entity = this.tables.entity(table);
		if (entity != null) {
			return List.of(entitySnapshot(entity, op, before, after, occurredAt));
		}
		JoinTable join = this.tables.join(table);
		if (join != null && !"u".equals(op)) {
			return joinSnapshots(join, "d".equals(op) ? before : after,
					"d".equals(op) ? M2MAction.POST_REMOVE : M2MAction.POST_ADD, occurredAt);
		}
		return List.of();
	}

	private SignalSnapshot<?> entitySnapshot(EntityTable table, String op, @Nullable Struct before,
			@Nullable Struct after, Instant occurredAt) {
		boolean delete = "d".equals(op);
		Struct row = delete ? before : after;
		SignalSnapshot.Builder<?> builder = SignalSnapshot
			.builder(delete ? SignalType.POST_DELETE : SignalType.POST_SAVE, table.entityClass())
			.external(true)
			.occurredAt(occurredAt)
			.entityId((row != null) ? convert(value(row, table.idColumn()), table.idType()) : null);
		Map<String, @Nullable Object> current = (row != null) ? values(table, row) : Map.of();
		builder.current(current);
		if ("c".equals(op) || "r".equals(op)) {
			builder.created(true);
		}
		else if ("u".equals(op) && before != null && hasValues(table, before)) {
			Map<String, @Nullable Object> previous = values(table, before);
			Set<String> changed = new LinkedHashSet<>();
			current.forEach((name, value) -> {
				if (!Objects.deepEquals(value, previous.get(name))) {
					changed.add(name);
				}
			});
			builder.previous(previous).updateFields(changed);
		}
		return builder.build();
	}

	private List<SignalSnapshot<?>> joinSnapshots(JoinTable join, @Nullable Struct row, M2MAction action,
			Instant occurredAt) {
		if (row == null) {
			return List.of();
		}
		Object ownerId = convert(value(row, join.ownerColumn()), join.owner().idType());
		Object elementId = convert(value(row, join.elementColumn()), join.element().idType());
		if (ownerId == null || elementId == null) {
			return List.of();
		}
		List<SignalSnapshot<?>> snapshots = new ArrayList<>(2);
		snapshots.add(SignalSnapshot.builder(SignalType.M2M_CHANGED, join.owner().entityClass())
			.external(true)
			.occurredAt(occurredAt)
			.entityId(ownerId)
			.m2m(action, join.field(), false, Set.of(elementId))
			.build());
		if (join.inverseField() != null) {
			snapshots.add(SignalSnapshot.builder(SignalType.M2M_CHANGED, join.element().entityClass())
				.external(true)
				.occurredAt(occurredAt)
				.entityId(elementId)
				.m2m(action, join.inverseField(), true, Set.of(ownerId))
				.build());
		}
		return snapshots;
	}

	private Map<String, @Nullable Object> values(EntityTable table, Struct row) {
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		table.attributes().forEach((column, attribute) -> {
			if (row.schema().field(column) != null) {
				values.put(attribute, convert(row.get(column), table.types().get(attribute)));
			}
		});
		return values;
	}

	/**
	 * Whether a before image holds the row's values rather than its key alone (it does with
	 * {@code REPLICA IDENTITY FULL}).
	 */
	private static boolean hasValues(EntityTable table, Struct before) {
		for (Field field : before.schema().fields()) {
			if (!field.name().equals(table.idColumn()) && before.get(field) != null) {
				return true;
			}
		}
		return false;
	}

	private static @Nullable Object value(Struct row, String column) {
		return (row.schema().field(column) != null) ? row.get(column) : null;
	}

	private @Nullable Object convert(@Nullable Object value, @Nullable Class<?> type) {
		if (value == null || type == null || type.isInstance(value)) {
			return value;
		}
		Class<?> target = ClassUtils.resolvePrimitiveIfNecessary(type);
		if (target.isInstance(value)) {
			return value;
		}
		return this.conversion.canConvert(value.getClass(), target) ? this.conversion.convert(value, target) : value;
	}

}
