package dev.signals;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.util.TokenBuffer;

import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The JSON form of a {@link SignalSnapshot}: its properties as plain JSON, and a
 * {@code "types"} object naming the Java class of every value that JSON alone cannot tell
 * ({@code "entityId"}, {@code "previous.title"}, {@code "pkSet"}, {@code "payload"}), so
 * that reading it back gives an equal snapshot.
 *
 * <p>Reading never instantiates a class named by the JSON unless it is a JDK value type
 * (numbers, strings, {@code java.time}, {@code UUID}...), an enum, the declared type of a
 * field of the sender class, or the payload of a custom signal: a snapshot from a broker or
 * a table cannot make the reader construct arbitrary objects.
 */
final class SnapshotJson {

	private static final String TYPES = "types";

	private static final Set<String> VALUE_TYPES = Set.of("java.lang.String", "java.lang.Boolean",
			"java.lang.Character", "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long",
			"java.lang.Float", "java.lang.Double", "java.math.BigDecimal", "java.math.BigInteger", "java.util.UUID",
			"java.util.Date", "java.util.Currency", "java.util.Locale", "java.sql.Date", "java.sql.Time",
			"java.sql.Timestamp", "[B", "[C");

	private static final Map<Class<?>, Set<Class<?>>> FIELD_TYPES = new ConcurrentHashMap<>();

	private SnapshotJson() {
	}

	/**
	 * Writes a snapshot.
	 */
	static final class Writer extends ValueSerializer<SignalSnapshot<?>> {

		@Override
		public void serialize(SignalSnapshot<?> snapshot, JsonGenerator json, SerializationContext context) {
			Map<String, String> types = new LinkedHashMap<>();
			json.writeStartObject();
			json.writeStringProperty("id", snapshot.id().toString());
			json.writeStringProperty("type", snapshot.type().name());
			json.writeStringProperty("sender", snapshot.sender().getName());
			writeValue(json, context, "entityId", snapshot.entityId(), types);
			json.writeName("occurredAt");
			context.writeValue(json, snapshot.occurredAt());
			json.writeBooleanProperty("created", snapshot.created());
			json.writeName("updateFields");
			json.writeStartArray();
			for (String name : snapshot.updateFields()) {
				json.writeString(name);
			}
			json.writeEndArray();
			writeState(json, context, "previous", snapshot.previous(), types);
			writeState(json, context, "current", snapshot.current(), types);
			if (snapshot.action() != null) {
				json.writeStringProperty("action", snapshot.action().name());
				json.writeStringProperty("field", snapshot.field());
				json.writeBooleanProperty("reverse", snapshot.reverse());
			}
			json.writeName("pkSet");
			json.writeStartArray();
			for (Object key : snapshot.pkSet()) {
				types.putIfAbsent("pkSet", typeName(key));
				writeValue(json, context, key);
			}
			json.writeEndArray();
			json.writeBooleanProperty("external", snapshot.external());
			if (snapshot.signal() != null) {
				json.writeStringProperty("signal", snapshot.signal());
				writeValue(json, context, "payload", snapshot.payload(), types);
			}
			json.writeName(TYPES);
			json.writeStartObject();
			types.forEach(json::writeStringProperty);
			json.writeEndObject();
			json.writeEndObject();
		}

		private static void writeState(JsonGenerator json, SerializationContext context, String name,
				Map<String, @Nullable Object> state, Map<String, String> types) {
			json.writeName(name);
			json.writeStartObject();
			state.forEach((attribute, value) -> writeValue(json, context, attribute, value, types, name + "."));
			json.writeEndObject();
		}

		private static void writeValue(JsonGenerator json, SerializationContext context, String name,
				@Nullable Object value, Map<String, String> types) {
			writeValue(json, context, name, value, types, "");
		}

		private static void writeValue(JsonGenerator json, SerializationContext context, String name,
				@Nullable Object value, Map<String, String> types, String prefix) {
			json.writeName(name);
			if (value == null) {
				json.writeNull();
				return;
			}
			types.put(prefix + name, typeName(value));
			writeValue(json, context, value);
		}

		/**
		 * Write a value; a {@code BigDecimal} as a string, since a JSON number read back
		 * loses its scale ({@code 10.50} would become {@code 10.5}).
		 */
		private static void writeValue(JsonGenerator json, SerializationContext context, Object value) {
			if (value instanceof BigDecimal decimal) {
				json.writeString(decimal.toString());
			}
			else {
				context.writeValue(json, value);
			}
		}

		private static String typeName(Object value) {
			return (value instanceof Enum<?> constant) ? constant.getDeclaringClass().getName()
					: value.getClass().getName();
		}

	}

	/**
	 * Reads a snapshot. Each property is buffered first (the {@code "types"} may come after
	 * the values they describe), then every value is read as the Java type named for it,
	 * straight from its tokens, so that numbers keep their precision.
	 */
	static final class Reader extends ValueDeserializer<SignalSnapshot<?>> {

		@Override
		public SignalSnapshot<?> deserialize(JsonParser parser, DeserializationContext context) {
			Map<String, TokenBuffer> fields = new LinkedHashMap<>();
			String name = parser.isExpectedStartObjectToken() ? parser.nextName() : parser.currentName();
			for (; name != null; name = parser.nextName()) {
				parser.nextToken();
				fields.put(name, context.bufferAsCopyOfValue(parser));
			}
			return new Fields(fields, context).snapshot();
		}

	}

	/**
	 * The buffered properties of a snapshot being read.
	 */
	private static final class Fields {

		private final Map<String, TokenBuffer> fields;

		private final DeserializationContext context;

		private final Map<String, String> types = new LinkedHashMap<>();

		Fields(Map<String, TokenBuffer> fields, DeserializationContext context) {
			this.fields = fields;
			this.context = context;
			JsonParser typesParser = open("types");
			if (typesParser != null && typesParser.isExpectedStartObjectToken()) {
				for (String name = typesParser.nextName(); name != null; name = typesParser.nextName()) {
					this.types.put(name, typesParser.nextStringValue());
				}
			}
		}

		SignalSnapshot<?> snapshot() {
			Class<?> sender = load(required("sender"), "sender");
			SignalSnapshot.Builder<?> builder = SignalSnapshot.builder(SignalType.valueOf(required("type")), sender)
				.id(UUID.fromString(required("id")))
				.occurredAt(read("occurredAt", Instant.class, Instant.now()))
				.entityId(value(open("entityId"), this.types.get("entityId"), sender))
				.created(read("created", Boolean.class, false))
				.external(read("external", Boolean.class, false))
				.updateFields(new LinkedHashSet<>(Arrays.asList(read("updateFields", String[].class, new String[0]))))
				.previous(state("previous", sender))
				.current(state("current", sender));
			String action = read("action", String.class, null);
			if (action != null) {
				builder.m2m(M2MAction.valueOf(action), required("field"), read("reverse", Boolean.class, false),
						pkSet(sender));
			}
			String signal = read("signal", String.class, null);
			if (signal != null) {
				Object payload = value(open("payload"), this.types.get("payload"), null);
				if (payload == null) {
					throw fail("Custom signal snapshot without payload");
				}
				builder.custom(signal, payload);
			}
			return builder.build();
		}

		private @Nullable JsonParser open(String name) {
			TokenBuffer buffer = this.fields.get(name);
			return (buffer != null) ? buffer.asParserOnFirstToken(this.context) : null;
		}

		private String required(String name) {
			String value = read(name, String.class, null);
			if (value == null) {
				throw fail("Signal snapshot without '" + name + "'");
			}
			return value;
		}

		private <V> V read(String name, Class<V> type, V otherwise) {
			JsonParser parser = open(name);
			if (parser == null || parser.currentToken() == JsonToken.VALUE_NULL) {
				return otherwise;
			}
			return this.context.readValue(parser, type);
		}

		private Map<String, @Nullable Object> state(String name, Class<?> sender) {
			Map<String, @Nullable Object> state = new LinkedHashMap<>();
			JsonParser parser = open(name);
			if (parser != null && parser.isExpectedStartObjectToken()) {
				for (String attribute = parser.nextName(); attribute != null; attribute = parser.nextName()) {
					parser.nextToken();
					state.put(attribute, value(parser, this.types.get(name + "." + attribute), sender));
				}
			}
			return state;
		}

		private Set<Object> pkSet(Class<?> sender) {
			Set<Object> keys = new LinkedHashSet<>();
			JsonParser parser = open("pkSet");
			if (parser != null && parser.isExpectedStartArrayToken()) {
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					Object key = value(parser, this.types.get("pkSet"), sender);
					if (key != null) {
						keys.add(key);
					}
				}
			}
			return keys;
		}

		/**
		 * Read the value the parser is on as the type named for it.
		 * @param sender the sender class whose field types are allowed, or {@code null} for
		 * a custom signal's payload, whose declared type is
		 */
		private @Nullable Object value(@Nullable JsonParser parser, @Nullable String typeName,
				@Nullable Class<?> sender) {
			if (parser == null || parser.currentToken() == JsonToken.VALUE_NULL) {
				return null;
			}
			if (typeName == null) {
				return this.context.readValue(parser, Object.class);
			}
			Class<?> type = load(typeName, "value");
			if (sender != null && !allowed(type, sender)) {
				throw fail("Signal snapshot names " + typeName + ", which is neither a JDK value type, an enum, nor "
						+ "the type of a field of " + sender.getName());
			}
			return this.context.readValue(parser, type);
		}

		private Class<?> load(String name, String what) {
			try {
				return ClassUtils.forName(name, SnapshotJson.class.getClassLoader());
			}
			catch (ClassNotFoundException | LinkageError ex) {
				throw fail("Signal snapshot names " + what + " class " + name + ", which is not on the class path");
			}
		}

		private RuntimeException fail(String message) {
			return InvalidFormatException.from(this.context.getParser(), message, null, SignalSnapshot.class);
		}

		private static boolean allowed(Class<?> type, Class<?> sender) {
			return VALUE_TYPES.contains(type.getName()) || type.isEnum() || type.getName().startsWith("java.time.")
					|| fieldTypes(sender).contains(type);
		}

		/**
		 * The declared types of the fields of the sender class and its superclasses, and of
		 * the fields of those types' own classes one level down (embeddables, id classes).
		 */
		private static Set<Class<?>> fieldTypes(Class<?> sender) {
			return FIELD_TYPES.computeIfAbsent(sender, (type) -> {
				Set<Class<?>> declared = new LinkedHashSet<>();
				ReflectionUtils.doWithFields(type, (field) -> declared.add(field.getType()));
				Set<Class<?>> nested = new LinkedHashSet<>(declared);
				for (Class<?> fieldType : declared) {
					if (!fieldType.isPrimitive() && !fieldType.getName().startsWith("java.")) {
						ReflectionUtils.doWithFields(fieldType, (Field field) -> nested.add(field.getType()));
					}
				}
				return Set.copyOf(nested);
			});
		}

	}

}
