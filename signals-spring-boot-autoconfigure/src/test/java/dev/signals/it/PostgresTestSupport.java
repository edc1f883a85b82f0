package dev.signals.it;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a test in the application of this package, on the PostgreSQL server, with empty
 * tables and an empty signal log.
 */
@SpringBootTest(classes = SignalsTestApplication.class)
abstract class PostgresTestSupport {

	@Autowired
	SignalLog log;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@BeforeEach
	void emptyTablesAndLog() {
		for (String table : new String[] { "zoo_animals", "zoo", "article_tags", "person_fans", "shelf_tags", "comment", "article", "author",
				"tag", "car", "counter", "revision", "draft", "shelf", "person", "dog", "animal", "ticket" }) {
			this.jdbc.execute("delete from " + table);
		}
		this.log.clear();
	}

	long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	<T> T inTransaction(java.util.function.Supplier<T> work) {
		return this.transaction.execute((status) -> work.get());
	}

	void inTransaction(Runnable work) {
		this.transaction.executeWithoutResult((status) -> work.run());
	}

}
