package dev.signals.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a test in the application of this package, with Spring Modulith's JDBC event
 * publication registry, empty tables and nothing delivered: on the PostgreSQL server, or on
 * the database of {@code signals.test.durable.url} and {@code signals.test.durable.schema}.
 */
@SpringBootTest(classes = DurabilityTestApplication.class, properties = {
		"spring.datasource.url=${signals.test.durable.url:" + DurabilityTestSupport.JDBC_URL + "}",
		"spring.jpa.properties.hibernate.default_schema=${signals.test.durable.schema:" + DurabilityTestSupport.SCHEMA
				+ "}",
		"spring.autoconfigure.exclude=", "spring.jpa.properties.hibernate.hbm2ddl.create_namespaces=false", "spring.modulith.events.jdbc.schema-initialization.enabled=true",
		"signals.durable.backoff.initial=20ms", "signals.durable.resubmission-interval=1h",
		"signals.durable.claim-timeout=1h" })
abstract class DurabilityTestSupport {

	static final String SCHEMA = "signals_durability";

	static final String JDBC_URL = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA;

	static {
		if (System.getProperty("signals.test.durable.url") == null) {
			createSchema();
		}
	}

	private static void createSchema() {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres",
				"")) {
			connection.createStatement().execute("create schema if not exists " + SCHEMA);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Autowired
	Deliveries deliveries;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@BeforeEach
	void emptyTablesAndDeliveries() {
		for (String table : new String[] { "invoice_stamps", "invoice", "customer", "stamp", "EVENT_PUBLICATION" }) {
			this.jdbc.execute("delete from " + table);
		}
		this.deliveries.clear();
	}

	String status(String receiver) {
		java.util.List<String> statuses = this.jdbc.queryForList(
				"select STATUS from EVENT_PUBLICATION where LISTENER_ID = ? order by PUBLICATION_DATE", String.class,
				"signals:" + receiver);
		return statuses.isEmpty() ? null : String.join(",", statuses);
	}

}
