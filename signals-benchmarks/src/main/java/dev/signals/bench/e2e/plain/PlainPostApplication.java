package dev.signals.bench.e2e.plain;

import dev.signals.bench.e2e.BenchInfrastructure;
import dev.signals.bench.e2e.model.BenchTag;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Import;

/**
 * The application of plain Hibernate and of the signals variants: {@link PlainPost}, its
 * repository and the tags. Whether signals are on, and which receivers run, is up to the
 * variant.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EntityScan(basePackageClasses = { PlainPost.class, BenchTag.class })
@Import(BenchInfrastructure.class)
public class PlainPostApplication {

}
