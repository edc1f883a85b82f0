package dev.signals.bench.e2e.listeners;

import dev.signals.bench.e2e.BenchInfrastructure;
import dev.signals.bench.e2e.model.BenchTag;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Import;

/**
 * The application of the JPA entity listeners variant: {@link ListenedPost}, its repository
 * and the tags.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EntityScan(basePackageClasses = { ListenedPost.class, BenchTag.class })
@Import(BenchInfrastructure.class)
public class ListenedPostApplication {

}
