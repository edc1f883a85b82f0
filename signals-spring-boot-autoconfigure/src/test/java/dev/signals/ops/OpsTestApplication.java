package dev.signals.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The application of the operations tests: one entity with receivers in three phases, a
 * test observation registry and a simple meter registry, in its own schema.
 */
@SpringBootApplication
public class OpsTestApplication {

	@Bean
	ObservationRegistry observationRegistry() {
		return TestObservationRegistry.create();
	}

	@Bean
	MeterRegistry meterRegistry() {
		return new SimpleMeterRegistry();
	}

}
