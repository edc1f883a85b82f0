package dev.signals.writes;

import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a test in the application of this package, in a schema of its own, with empty
 * tables: on PostgreSQL, or on the database the build's matrix names with
 * {@code signals.test.writes.url} and {@code signals.test.writes.schema}.
 */
@SpringBootTest(classes = WritesTestApplication.class, properties = {
		"spring.datasource.url=${signals.test.writes.url:jdbc:postgresql://127.0.0.1:5432/test?currentSchema=signals_writes}",
		"spring.jpa.properties.hibernate.default_schema=${signals.test.writes.schema:signals_writes}" })
abstract class WritesTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	WritingReceivers receivers;

	@BeforeEach
	void emptyTables() {
		for (String table : new String[] { "tick", "gauge_history", "gauge_labels", "gauge", "labelling", "item_labels",
				"item", "label", "login_profile", "login", "note", "reply", "post", "account_profile", "account",
				"member_profile", "member" }) {
			this.jdbc.execute("delete from " + table);
		}
		this.receivers.seen.clear();
		this.receivers.stampForever = false;
		this.receivers.profilesCountedByQuery = -1;
	}

	long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	<T> T inTransaction(Supplier<T> work) {
		return this.transaction.execute((status) -> work.get());
	}

	void inTransaction(Runnable work) {
		this.transaction.executeWithoutResult((status) -> work.run());
	}

}
