package dev.signals.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server of the tests, reached without a Spring context: the migration tests
 * run their migrations in schemas of their own, dropped before and after each test.
 */
final class Schemas {

	static final String URL = "jdbc:postgresql://127.0.0.1:5432/test";

	private Schemas() {
	}

	static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql + " failed", ex);
		}
	}

	static void drop(String schema) {
		execute("drop schema if exists " + schema + " cascade");
	}

}
