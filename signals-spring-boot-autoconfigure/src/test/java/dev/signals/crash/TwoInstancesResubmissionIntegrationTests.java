package dev.signals.crash;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one database resubmit the same incomplete durable
 * deliveries: each runs once, never two at once.
 */
class TwoInstancesResubmissionIntegrationTests {

	private static final String SCHEMA = "signals_instances";

	private static final int PARCELS = 300;

	private ParcelSchema schema;

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	@BeforeEach
	void freshSchema() {
		this.schema = new ParcelSchema(SCHEMA);
	}

	@AfterEach
	void close() {
		this.contexts.forEach(ConfigurableApplicationContext::close);
		this.schema.close();
	}

	@Test
	void twoInstancesNeverRunOneDeliveryTwice() throws Exception {
		ConfigurableApplicationContext writer = start("writer", "1h");
		ParcelRepository parcels = writer.getBean(ParcelRepository.class);
		for (int i = 0; i < PARCELS; i++) {
			parcels.save(new Parcel("parcel " + i));
		}
		writer.close();
		// As if the process had died between each commit and its delivery; not due before both
		// instances run (two Spring Boot applications starting at once in one JVM race for
		// its logging system).
		this.schema.jdbc().update("update " + SCHEMA + ".event_publication set status = 'PUBLISHED', "
				+ "completion_date = null, completion_attempts = 1, publication_date = now() + interval '1 hour', "
				+ "last_resubmission_date = now() + interval '1 hour'");
		this.schema.jdbc().update("delete from " + SCHEMA + ".parcel_effect");
		start("a", "100ms");
		start("b", "100ms");
		this.schema.jdbc().update("update " + SCHEMA + ".event_publication set "
				+ "publication_date = publication_date - interval '2 hours', "
				+ "last_resubmission_date = last_resubmission_date - interval '2 hours'");
		long deadline = System.currentTimeMillis() + 60_000;
		while (count("select count(*) from " + SCHEMA + ".event_publication where completion_date is null") > 0
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}

		System.out.println("Resubmitted by instance: " + this.schema.jdbc().queryForList(
				"select instance, count(*) from " + SCHEMA + ".parcel_effect group by instance order by instance"));
		assertThat(count("select count(*) from " + SCHEMA + ".event_publication where completion_date is null"))
			.isZero();
		assertThat(ParcelReceivers.overlaps).as("deliveries that ran while another of the same one ran").hasValue(0);
		assertThat(count("select count(*) from " + SCHEMA + ".parcel_effect")).isEqualTo(PARCELS);
		assertThat(count("select count(distinct parcel_id) from " + SCHEMA + ".parcel_effect")).isEqualTo(PARCELS);
		assertThat(count("select count(distinct instance) from " + SCHEMA + ".parcel_effect"))
			.as("instances that delivered some of them").isEqualTo(2);
	}

	private ConfigurableApplicationContext start(String instance, String interval) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CrashChild.class)
			.web(WebApplicationType.NONE)
			.run(arguments(instance, interval));
		this.contexts.add(context);
		return context;
	}

	private String[] arguments(String instance, String interval) {
		List<String> arguments = new ArrayList<>(this.schema.applicationArguments(interval));
		arguments.add("--crash.instance=" + instance);
		arguments.add("--signals.durable.threads=2");
		return arguments.toArray(new String[0]);
	}

	private long count(String sql) {
		return this.schema.count(sql);
	}

}
