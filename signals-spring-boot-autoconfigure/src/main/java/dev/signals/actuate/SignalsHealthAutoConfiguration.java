package dev.signals.actuate;

import dev.signals.Signals;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.dispatch.ReceiverRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@link SignalsHealthIndicator signals health contributor}, when
 * Spring Boot's health support is there; {@code management.health.signals.enabled=false}
 * turns it off.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = SignalsAutoConfiguration.class, before = HealthContributorAutoConfiguration.class)
@ConditionalOnClass({ HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(ReceiverRegistry.class)
@ConditionalOnEnabledHealthIndicator("signals")
public final class SignalsHealthAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "signalsHealthIndicator")
	SignalsHealthIndicator signalsHealthIndicator(ReceiverRegistry registry, Signals signals) {
		return new SignalsHealthIndicator(registry, signals);
	}

}
