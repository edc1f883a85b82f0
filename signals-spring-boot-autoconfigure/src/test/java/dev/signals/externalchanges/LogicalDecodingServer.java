package dev.signals.externalchanges;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.awaitility.Awaitility.await;

/**
 * The PostgreSQL server with {@code wal_level=logical} on port 5433 (the cluster
 * {@code .ci/run} starts) as the external changes' tests use it: each test class in a schema
 * of its own with a replication slot (and publication) of the same name, and another
 * program's statements run on plain JDBC connections.
 *
 * @param schema the schema of the test class's tables
 * @param slot the replication slot's and the publication's name
 */
record LogicalDecodingServer(String schema, String slot) {

	static final String SERVER = "jdbc:postgresql://127.0.0.1:5433/test";

	/**
	 * Drop the slot, the publication and the schema left by an earlier run, and create the
	 * schema.
	 * @throws SQLException if the server refuses
	 */
	void fresh() throws SQLException {
		dropSlot();
		sql("drop schema if exists " + this.schema + " cascade", "create schema " + this.schema);
	}

	/**
	 * Drop the slot and the publication.
	 * @throws SQLException if the server refuses
	 */
	void dropSlot() throws SQLException {
		sql("select pg_drop_replication_slot(slot_name) from pg_replication_slots where slot_name = '" + this.slot
				+ "'", "drop publication if exists " + this.slot);
	}

	/**
	 * Start the test application on the schema, reading the slot.
	 * @param arguments more arguments, such as {@code --signals.external.max-lag=64KB}
	 * @return the application context
	 */
	ConfigurableApplicationContext start(String... arguments) {
		return new SpringApplicationBuilder(ExternalChangesTestApplication.class).run(arguments(arguments));
	}

	/**
	 * The arguments that start the test application on the schema, reading the slot.
	 * @param arguments more arguments
	 * @return all arguments
	 */
	String[] arguments(String... arguments) {
		List<String> all = new ArrayList<>(List.of("--spring.datasource.url=" + url(),
				"--spring.datasource.username=postgres",
				// trust authentication: any password is accepted, and Debezium's offset store requires one
				"--spring.datasource.password=trusted",
				"--spring.jpa.properties.hibernate.default_schema=" + this.schema,
				"--spring.jpa.hibernate.ddl-auto=update", "--signals.external.enabled=true",
				"--signals.external.slot-name=" + this.slot, "--signals.external.publication-name=" + this.slot,
				"--signals.external.default-schema=" + this.schema, "--signals.external.initial-backoff=20ms",
				"--signals.external.max-backoff=100ms",
				// Debezium looks its offset table up in every schema of the database: one per slot
				"--signals.external.offset-table=" + this.slot + "_offsets", "--server.port=0"));
		all.addAll(List.of(arguments));
		return all.toArray(String[]::new);
	}

	/**
	 * The JDBC URL of the schema, for another program's connection.
	 * @return the URL
	 */
	String url() {
		return SERVER + "?currentSchema=" + this.schema;
	}

	/**
	 * Run statements as another program, each committed on its own.
	 * @param statements the SQL statements
	 * @throws SQLException if one fails
	 */
	void sql(String... statements) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("set search_path to " + this.schema + ", public");
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	/**
	 * Wait until the stream has passed a change made now: every change committed before it
	 * has then been handed to the application's receivers.
	 * @param context the application whose receivers are waited for
	 * @throws SQLException if the server refuses
	 */
	void awaitCaughtUp(ConfigurableApplicationContext context) throws SQLException {
		long marker = System.nanoTime() & Long.MAX_VALUE;
		sql("insert into tag (id, name, article_count) values (" + marker + ", 'marker', 0)",
				"delete from tag where id = " + marker);
		ExternalReceivers receivers = context.getBean(ExternalReceivers.class);
		await().atMost(Duration.ofSeconds(60)).until(() -> receivers.deletedTags.contains(marker));
	}

	/**
	 * The server process streaming the slot, if a connection streams it.
	 * @return its process id, or {@code null} while the slot is not streamed
	 * @throws SQLException if the server refuses
	 */
	@Nullable Integer streamingPid() throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("select active_pid from pg_replication_slots where slot_name = '" + this.slot + "'")) {
			return result.next() ? (Integer) result.getObject(1) : null;
		}
	}

}
