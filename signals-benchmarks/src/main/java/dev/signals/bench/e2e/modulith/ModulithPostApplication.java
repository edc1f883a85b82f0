package dev.signals.bench.e2e.modulith;

import dev.signals.bench.e2e.BenchInfrastructure;
import dev.signals.bench.e2e.model.BenchTag;
import dev.signals.bench.e2e.registry.AsyncDeliveries;
import dev.signals.bench.e2e.registry.RegistryInfrastructure;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Import;

/**
 * The application of the Spring Modulith variant: {@link ModulithPost}, its repository, the
 * tags, the {@code @ApplicationModuleListener} of the events, and the count of the tasks
 * that run it.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EntityScan(basePackageClasses = { ModulithPost.class, BenchTag.class })
@Import({ BenchInfrastructure.class, RegistryInfrastructure.class, AsyncDeliveries.class, PostChangedListener.class })
public class ModulithPostApplication {

}
