package dev.signals.bench.e2e.audit;

import dev.signals.bench.e2e.BenchInfrastructure;
import dev.signals.bench.e2e.model.BenchTag;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Import;

/**
 * The application of the variants that write a {@link PostAudit} per inserted post:
 * {@link AuditedPost}, the audits, their repositories and the tags. Who writes the audit
 * rows, {@link AuditReceiver} or {@link AuditByHand}, is up to the variant.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EntityScan(basePackageClasses = { AuditedPost.class, BenchTag.class })
@Import({ BenchInfrastructure.class, PostAuditTrail.class })
public class AuditedPostApplication {

}
