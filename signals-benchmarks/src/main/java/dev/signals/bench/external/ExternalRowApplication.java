package dev.signals.bench.external;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Import;

/**
 * The application of the external part: {@link ExternalRow} and the receiver that notes when
 * each of its changes arrives ({@link Receipts}).
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@EntityScan(basePackageClasses = ExternalRow.class)
@Import(Receipts.class)
public class ExternalRowApplication {

}
