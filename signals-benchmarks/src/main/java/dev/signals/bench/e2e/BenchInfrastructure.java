package dev.signals.bench.e2e;

import org.hibernate.boot.model.naming.PhysicalNamingStrategy;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the application of every variant has besides its entities: the work counter and the
 * table names prefixed with {@code bench.table-prefix}.
 */
@Configuration(proxyBeanMethods = false)
public class BenchInfrastructure {

	@Bean
	WorkCounter workCounter() {
		return new WorkCounter();
	}

	@Bean
	PhysicalNamingStrategy tablePrefixNamingStrategy(@Value("${bench.table-prefix}") String prefix) {
		return new TablePrefixNamingStrategy(prefix);
	}

}
