package dev.signals.bench.e2e;

import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps PostgreSQL's view of a variant's tables the same from run to run, outside the
 * measured time: the dead rows of earlier writes vacuumed away, and statistics that know how
 * many rows there are, so that every run gets the same plans.
 */
final class TableMaintenance {

	private final JdbcTemplate jdbc;

	private final List<String> tables;

	private TableMaintenance(JdbcTemplate jdbc, List<String> tables) {
		this.jdbc = jdbc;
		this.tables = tables;
	}

	static TableMaintenance of(ApplicationContext context) {
		Environment environment = context.getEnvironment();
		String schema = environment.getRequiredProperty("spring.jpa.properties.hibernate.default_schema");
		String prefix = environment.getRequiredProperty("bench.table-prefix");
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		List<String> tables = jdbc.queryForList(
				"select quote_ident(schemaname) || '.' || quote_ident(tablename) from pg_tables"
						+ " where schemaname = ? and starts_with(tablename, ?)",
				String.class, schema, prefix);
		return new TableMaintenance(jdbc, tables);
	}

	void vacuum() {
		this.tables.forEach((table) -> this.jdbc.execute("vacuum analyze " + table));
	}

}
