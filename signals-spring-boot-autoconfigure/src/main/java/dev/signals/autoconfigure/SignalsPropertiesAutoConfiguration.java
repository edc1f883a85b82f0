package dev.signals.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Binds the {@code signals.*} properties whether signals are on or off, so that a bad value
 * or an unknown key fails startup naming the property, {@code signals.enabled} included
 * (a value that is neither {@code true} nor {@code false} would otherwise turn signals off
 * without a word; it is checked before any bean is created, so that the report names it
 * rather than the {@code Signals} bean that is then missing).
 *
 * @since 0.1.0
 */
@AutoConfiguration
@EnableConfigurationProperties(SignalsProperties.class)
public final class SignalsPropertiesAutoConfiguration {

	@Bean
	static SignalsEnabledCheck signalsEnabledCheck(Environment environment) {
		return new SignalsEnabledCheck(environment);
	}

}
