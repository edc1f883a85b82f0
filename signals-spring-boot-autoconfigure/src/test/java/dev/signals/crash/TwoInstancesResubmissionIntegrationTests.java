package dev.signals.crash;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one database resubmit the same incomplete durable
 * deliveries: each runs once, never two at once.
 */
class TwoInstancesResubmissionIntegrationTests {

	private static final String SCHEMA = "signals_instances";

	private static final int PARCELS = 300;

	private SingleConnectionDataSource dataSource;

	private JdbcTemplate jdbc;

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	@BeforeEach
	void freshSchema() {
		this.dataSource = new SingleConnectionDataSource("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "", true);
		this.jdbc = new JdbcTemplate(this.dataSource);
		this.jdbc.execute("drop schema if exists " + SCHEMA + " cascade");
		this.jdbc.execute("create schema " + SCHEMA);
		this.jdbc.execute("create table " + SCHEMA
				+ ".parcel_effect (snapshot_id uuid not null, parcel_id bigint not null, instance text)");
		ParcelReceivers.overlaps.set(0);
	}

	@AfterEach
	void close() {
		this.contexts.forEach(ConfigurableApplicationContext::close);
		this.dataSource.destroy();
	}

	@Test
	void twoInstancesNeverRunOneDeliveryTwice() throws Exception {
		ConfigurableApplicationContext writer = start("writer", "1h");
		ParcelRepository parcels = writer.getBean(ParcelRepository.class);
		for (int i = 0; i < PARCELS; i++) {
			parcels.save(new Parcel("parcel " + i));
		}
		writer.close();
		// As if the process had died between each commit and its delivery.
		this.jdbc.update("update " + SCHEMA + ".event_publication set status = 'PUBLISHED', completion_date = null, "
				+ "completion_attempts = 1, publication_date = publication_date - interval '1 hour', "
				+ "last_resubmission_date = publication_date - interval '1 hour'");
		this.jdbc.update("delete from " + SCHEMA + ".parcel_effect");

		CompletableFuture<ConfigurableApplicationContext> first = CompletableFuture.supplyAsync(() -> start("a", "100ms"));
		CompletableFuture<ConfigurableApplicationContext> second = CompletableFuture.supplyAsync(() -> start("b", "100ms"));
		first.get();
		second.get();
		long deadline = System.currentTimeMillis() + 60_000;
		while (count("select count(*) from " + SCHEMA + ".event_publication where completion_date is null") > 0
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}

		System.out.println("Resubmitted by instance: " + this.jdbc.queryForList(
				"select instance, count(*) from " + SCHEMA + ".parcel_effect group by instance order by instance"));
		assertThat(count("select count(*) from " + SCHEMA + ".event_publication where completion_date is null"))
			.isZero();
		assertThat(ParcelReceivers.overlaps).as("deliveries that ran while another of the same one ran").hasValue(0);
		assertThat(count("select count(*) from " + SCHEMA + ".parcel_effect")).isEqualTo(PARCELS);
		assertThat(count("select count(distinct parcel_id) from " + SCHEMA + ".parcel_effect")).isEqualTo(PARCELS);
	}

	private ConfigurableApplicationContext start(String instance, String interval) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CrashChild.class)
			.web(WebApplicationType.NONE)
			.run("--crash.instance=" + instance,
					"--spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + SCHEMA,
					"--spring.jpa.properties.hibernate.default_schema=" + SCHEMA,
					"--spring.jpa.properties.hibernate.hbm2ddl.create_namespaces=false",
					"--spring.jpa.hibernate.ddl-auto=update", "--spring.autoconfigure.exclude=",
					"--spring.modulith.events.jdbc.schema-initialization.enabled=true",
					"--signals.durable.claim-timeout=2s", "--signals.durable.resubmission-interval=" + interval,
					"--signals.durable.threads=2", "--spring.jmx.enabled=false");
		synchronized (this.contexts) {
			this.contexts.add(context);
		}
		return context;
	}

	private long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

}
