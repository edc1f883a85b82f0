package dev.signals.external;

import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import org.springframework.util.Assert;

/**
 * The configuration of Debezium's PostgreSQL connector and embedded engine: {@code pgoutput}
 * on the configured slot, a publication filtered to the captured tables, no initial snapshot
 * (only changes from the slot's creation on), transaction boundaries and this library's
 * logical decoding messages in the stream, and the stream position stored in a table of the
 * database itself.
 */
final class ConnectorSettings {

	/**
	 * How long the connector sleeps when the slot has nothing new, and how long the engine
	 * waits for a batch to fill before handing over what it has: Debezium's 500 ms default
	 * made each change wait up to a second (p50 0.4 s, p99 0.8 to 1 s in {@code bench/run}).
	 * A batch still holds every change already read, and its position is still stored once
	 * it was delivered; only idle polls and smaller batches are more frequent.
	 */
	static final long POLL_INTERVAL_MS = 20;

	private ConnectorSettings() {
	}

	/**
	 * The engine's properties.
	 * @param properties the {@code signals.external.*} settings
	 * @param connection where and as whom to connect
	 * @param tables the captured tables' {@code schema.table} names
	 * @return the properties
	 */
	static Properties of(ExternalProperties properties, DatabaseConnection connection, List<String> tables) {
		Assert.notEmpty(tables, "'tables' must not be empty");
		Properties settings = new Properties();
		// the key of the stored position: one per slot, should several share the table
		settings.setProperty("name", "signals-external-" + properties.getSlotName());
		settings.setProperty("connector.class", "io.debezium.connector.postgresql.PostgresConnector");
		settings.setProperty("offset.storage", "io.debezium.storage.jdbc.offset.JdbcOffsetBackingStore");
		settings.setProperty("offset.storage.jdbc.connection.url", connection.url());
		settings.setProperty("offset.storage.jdbc.connection.user", connection.username());
		settings.setProperty("offset.storage.jdbc.connection.password", connection.password());
		settings.setProperty("offset.storage.jdbc.table.name", properties.getOffsetTable());
		settings.setProperty("offset.flush.interval.ms", "0");
		settings.setProperty("poll.interval.ms", Long.toString(POLL_INTERVAL_MS));
		// Kafka Connect 4.2 (managed by Spring Boot) no longer defaults this worker setting,
		// which Debezium 3.5 leaves unset; the embedded engine never connects to a broker.
		settings.setProperty("bootstrap.servers", "localhost:9092");
		settings.setProperty("database.hostname", connection.host());
		settings.setProperty("database.port", Integer.toString(connection.port()));
		settings.setProperty("database.dbname", connection.database());
		settings.setProperty("database.user", connection.username());
		settings.setProperty("database.password", connection.password());
		settings.setProperty("topic.prefix", "signals");
		settings.setProperty("plugin.name", "pgoutput");
		settings.setProperty("slot.name", properties.getSlotName());
		settings.setProperty("publication.name", properties.getPublicationName());
		settings.setProperty("publication.autocreate.mode", "filtered");
		settings.setProperty("table.include.list",
				tables.stream().map((table) -> table.replace(".", "\\.")).collect(Collectors.joining(",")));
		if (properties.isReplicaIdentityFull()) {
			settings.setProperty("replica.identity.autoset.values",
					tables.stream().map((table) -> table + ":FULL").collect(Collectors.joining(",")));
		}
		settings.setProperty("provide.transaction.metadata", "true");
		settings.setProperty("message.prefix.include.list", OwnTransactionMark.PREFIX);
		settings.setProperty("snapshot.mode", "no_data");
		// a heartbeat between transactions moves the stored position (and the slot's confirmed
		// one) on while the captured tables are quiet, so the slot does not keep the WAL of
		// other tables' writes
		settings.setProperty("heartbeat.interval.ms", Long.toString(properties.getHeartbeatInterval().toMillis()));
		settings.setProperty("time.precision.mode", "connect");
		settings.setProperty("tombstones.on.delete", "false");
		return settings;
	}

}
