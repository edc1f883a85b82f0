package dev.signals.bench.external;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL cluster with {@code wal_level=logical} on 127.0.0.1:5433 (database
 * {@code test}, user {@code postgres}, trust authentication; {@code .ci/run} creates it):
 * the benchmark's schema, replication slot and publication, made fresh before the part and
 * dropped after it.
 */
final class LogicalDecodingCluster {

	static final String SCHEMA = "signals_bench_external";

	static final String SLOT = "signals_bench_external";

	/**
	 * The offset table, named after the slot: Debezium's JDBC offset store looks for its table
	 * in every schema, and would take another program's table of the default name for its own.
	 */
	static final String OFFSET_TABLE = SLOT + "_offsets";

	/**
	 * The URL of the application and of the other program, tables in {@link #SCHEMA}.
	 */
	static final String URL = "jdbc:postgresql://127.0.0.1:5433/test?currentSchema=" + SCHEMA;

	static final String USER = "postgres";

	/**
	 * Any password passes trust authentication, and Debezium's JDBC offset store needs one.
	 */
	static final String PASSWORD = "trusted";

	private static final String DROP_SLOT = "select pg_drop_replication_slot(slot_name) from pg_replication_slots"
			+ " where slot_name = '" + SLOT + "'";

	private LogicalDecodingCluster() {
	}

	/**
	 * A connection of its own, as another program has.
	 * @return the connection
	 * @throws SQLException if the cluster cannot be reached
	 */
	static Connection connect() throws SQLException {
		return DriverManager.getConnection(URL, USER, PASSWORD);
	}

	/**
	 * Check that the cluster decodes logically, and make the schema, slot and publication
	 * fresh.
	 * @throws SQLException if the cluster cannot be reached
	 * @throws IllegalStateException if its {@code wal_level} is not {@code logical}
	 */
	static void prepare() throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			try (ResultSet level = statement.executeQuery("show wal_level")) {
				level.next();
				if (!"logical".equals(level.getString(1))) {
					throw new IllegalStateException("The PostgreSQL cluster on 127.0.0.1:5433 has wal_level="
							+ level.getString(1) + "; the external part needs wal_level=logical (.ci/run creates"
							+ " such a cluster)");
				}
			}
			statement.execute(DROP_SLOT);
			statement.execute("drop publication if exists " + SLOT);
			statement.execute("drop schema if exists " + SCHEMA + " cascade");
			statement.execute("create schema " + SCHEMA);
		}
	}

	/**
	 * Drop the slot, which would otherwise hold WAL for ever, the publication and the schema.
	 * @throws SQLException if the cluster cannot be reached
	 */
	static void cleanUp() throws SQLException {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute(DROP_SLOT);
			statement.execute("drop publication if exists " + SLOT);
			statement.execute("drop schema if exists " + SCHEMA + " cascade");
		}
	}

}
