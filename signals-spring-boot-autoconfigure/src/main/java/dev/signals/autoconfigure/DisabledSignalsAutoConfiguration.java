package dev.signals.autoconfigure;

import dev.signals.Signals;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * With {@code signals.enabled=false}, a {@link Signals} bean that sends nothing, so that the
 * beans that inject it still start.
 *
 * @since 0.1.0
 */
@AutoConfiguration
@ConditionalOnBooleanProperty(name = "signals.enabled", havingValue = false)
public final class DisabledSignalsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Signals signals() {
		return new DisabledSignals();
	}

}
