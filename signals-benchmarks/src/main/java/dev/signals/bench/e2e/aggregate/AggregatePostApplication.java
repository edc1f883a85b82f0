package dev.signals.bench.e2e.aggregate;

import dev.signals.bench.e2e.BenchInfrastructure;
import dev.signals.bench.e2e.model.BenchTag;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Import;

/**
 * The application of the Spring Data domain events variant: {@link AggregatePost}, its
 * repository, the tags and the {@code @EventListener} of the events.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EntityScan(basePackageClasses = { AggregatePost.class, BenchTag.class })
@Import({ BenchInfrastructure.class, PostWrittenListener.class })
public class AggregatePostApplication {

}
