package dev.signals.observation;

import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.dispatch.ReceiverRegistry;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the meters of signals ({@link SignalsMeterDocumentation}) when there
 * is a {@link MeterRegistry}.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = { MetricsAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
		SignalsAutoConfiguration.class })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({ MeterRegistry.class, ReceiverRegistry.class })
public final class SignalsMetricsAutoConfiguration {

	@Bean
	SignalMeters signalMeters(MeterRegistry meterRegistry) {
		return new SignalMeters(meterRegistry);
	}

}
