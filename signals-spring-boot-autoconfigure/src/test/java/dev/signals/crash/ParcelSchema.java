package dev.signals.crash;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A fresh PostgreSQL schema for the parcels of one test, with the table their receiver
 * records its effects in, and the arguments that point an application at it.
 */
final class ParcelSchema implements AutoCloseable {

	private final String name;

	private final SingleConnectionDataSource dataSource;

	private final JdbcTemplate jdbc;

	ParcelSchema(String name) {
		this.name = name;
		this.dataSource = new SingleConnectionDataSource("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "", true);
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.jdbc.execute("drop schema if exists " + name + " cascade");
		this.jdbc.execute("create schema " + name);
		this.jdbc.execute("create table " + name
				+ ".parcel_effect (snapshot_id uuid not null, parcel_id bigint not null, instance text)");
		ParcelReceivers.overlaps.set(0);
	}

	JdbcTemplate jdbc() {
		return this.jdbc;
	}

	long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

	/**
	 * The command-line arguments of an application of parcels on this schema, with durable
	 * deliveries taken over after 2 seconds.
	 */
	List<String> applicationArguments(String resubmissionInterval) {
		return List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + this.name,
				"--spring.jpa.properties.hibernate.default_schema=" + this.name,
				"--spring.jpa.properties.hibernate.hbm2ddl.create_namespaces=false",
				"--spring.jpa.hibernate.ddl-auto=update", "--spring.autoconfigure.exclude=",
				"--spring.modulith.events.jdbc.schema-initialization.enabled=true", "--signals.durable.claim-timeout=2s",
				"--signals.durable.resubmission-interval=" + resubmissionInterval, "--spring.jmx.enabled=false");
	}

	@Override
	public void close() {
		this.dataSource.destroy();
	}

}
