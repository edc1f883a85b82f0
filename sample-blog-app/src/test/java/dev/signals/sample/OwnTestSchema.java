package dev.signals.sample;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The integration tests' schema ({@code blog.test-schema}): emptied before the blog starts,
 * even after an interrupted run, and dropped at the end. A top-level class, not one nested in
 * {@link BlogTestSupport}, which Spring would take for the tests' whole configuration.
 */
@TestConfiguration(proxyBeanMethods = false)
class OwnTestSchema {

	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return (flyway) -> {
			flyway.clean();
			flyway.migrate();
		};
	}

	@Bean
	DisposableBean dropSchemaAtEnd(JdbcTemplate jdbc, @Value("${blog.test-schema}") String schema) {
		return () -> jdbc.execute("drop schema if exists " + schema + " cascade");
	}

}
