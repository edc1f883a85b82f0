package dev.signals.bench.e2e.registry;

import java.util.Map;

import dev.signals.bench.e2e.Deliveries;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event publication table of a registry variant (Spring Modulith's
 * {@code EVENT_PUBLICATION}, in the schema of {@code spring.modulith.events.jdbc.schema}),
 * as the workload's {@link Deliveries}: before each phase it counts the rows the last phase
 * left and their bytes, checks that every one of them was completed, and truncates the
 * table, so that it never grows from phase to phase; at the end of a phase it waits for the
 * deliveries that run on the application's task executor, if any.
 */
public final class RegistryTable implements Deliveries {

	private final JdbcTemplate jdbc;

	private final String schema;

	private final String table;

	private final RegistryWork work;

	private final @Nullable AsyncDeliveries async;

	private long rows;

	private long eventBytes;

	private long rowBytes;

	/**
	 * Create the table of an application.
	 * @param jdbc the application's JDBC template
	 * @param schema the schema of the table ({@code spring.modulith.events.jdbc.schema})
	 * @param work the work of the application's receiver or listener
	 * @param async the deliveries on the application's task executor, or {@code null} when
	 * its deliveries are all made on the committing thread
	 */
	public RegistryTable(JdbcTemplate jdbc, String schema, RegistryWork work, @Nullable AsyncDeliveries async) {
		this.jdbc = jdbc;
		this.schema = schema;
		this.table = schema + ".event_publication";
		this.work = work;
		this.async = async;
	}

	@Override
	public void clear() {
		awaitCompletion();
		Map<String, Object> left = this.jdbc.queryForMap("select count(*) as found, count(completion_date) as completed,"
				+ " coalesce(sum(octet_length(serialized_event)), 0) as event_bytes,"
				+ " coalesce(sum(pg_column_size(e.*)), 0) as row_bytes from " + this.table + " e");
		long found = ((Number) left.get("found")).longValue();
		long completed = ((Number) left.get("completed")).longValue();
		if (completed != found) {
			throw new IllegalStateException(
					(found - completed) + " of the " + found + " publications in " + this.table + " did not complete");
		}
		this.rows += found;
		this.eventBytes += ((Number) left.get("event_bytes")).longValue();
		this.rowBytes += ((Number) left.get("row_bytes")).longValue();
		this.jdbc.execute("truncate " + this.table);
	}

	@Override
	public void awaitCompletion() {
		if (this.async != null) {
			this.async.await();
		}
	}

	/**
	 * What the application wrote to the table since it started, up to the last
	 * {@link #clear()}, and what PostgreSQL's statistics have counted so far (a backend
	 * reports its counts at the latest 10 seconds after it goes idle).
	 * @return the writes
	 */
	public RegistryWrites writes() {
		Map<String, Object> counted = this.jdbc.queryForMap("select n_tup_ins, n_tup_upd, n_tup_del from"
				+ " pg_stat_user_tables where schemaname = ? and relname = 'event_publication'", this.schema);
		return new RegistryWrites(this.work.deliveries(), this.rows, this.eventBytes, this.rowBytes,
				((Number) counted.get("n_tup_ins")).longValue(), ((Number) counted.get("n_tup_upd")).longValue(),
				((Number) counted.get("n_tup_del")).longValue());
	}

}
