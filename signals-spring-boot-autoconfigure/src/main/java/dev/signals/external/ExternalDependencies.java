package dev.signals.external;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.signals.SignalsConfigurationException;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

/**
 * Fails startup, naming what to add, when {@code signals.external.enabled=true} but
 * Debezium's engine, its PostgreSQL connector or its JDBC offset store is missing.
 */
final class ExternalDependencies {

	private static final Map<String, String> REQUIRED = requirements();

	/**
	 * Check that the dependencies are on the class path.
	 * @param classLoader the application's class loader
	 * @throws SignalsConfigurationException naming the missing artifacts
	 */
	ExternalDependencies(@Nullable ClassLoader classLoader) {
		List<String> missing = REQUIRED.entrySet()
			.stream()
			.filter((entry) -> !ClassUtils.isPresent(entry.getKey(), classLoader))
			.map(Map.Entry::getValue)
			.toList();
		if (!missing.isEmpty()) {
			throw new SignalsConfigurationException(
					"signals.external.enabled is true, but " + missing + " is not on the class path; changes made "
							+ "by other programs are read with Debezium's embedded engine.",
					"Add the dependencies " + missing
							+ " (version 3.5.0.Final), or set signals.external.enabled=false.");
		}
	}

	private static Map<String, String> requirements() {
		Map<String, String> required = new LinkedHashMap<>();
		required.put("io.debezium.engine.DebeziumEngine", "io.debezium:debezium-embedded");
		required.put("io.debezium.connector.postgresql.PostgresConnector", "io.debezium:debezium-connector-postgres");
		required.put("io.debezium.storage.jdbc.offset.JdbcOffsetBackingStore", "io.debezium:debezium-storage-jdbc");
		return required;
	}

}
