package dev.signals.bench.e2e.registry;

import dev.signals.bench.e2e.WorkCounter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the application of a registry variant has besides its entities and hooks: the work
 * of its receiver or listener and its event publication table, the workload's
 * {@link dev.signals.bench.e2e.Deliveries}.
 */
@Configuration(proxyBeanMethods = false)
public class RegistryInfrastructure {

	@Bean
	RegistryWork registryWork(WorkCounter work) {
		return new RegistryWork(work);
	}

	@Bean
	RegistryTable registryTable(JdbcTemplate jdbc, @Value("${spring.modulith.events.jdbc.schema}") String schema,
			RegistryWork work, ObjectProvider<AsyncDeliveries> async) {
		return new RegistryTable(jdbc, schema, work, async.getIfAvailable());
	}

}
