package dev.signals.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * Binds the {@code signals.*} properties whether signals are on or off, so that a bad value
 * or an unknown key fails startup naming the property, {@code signals.enabled} included
 * (a value that is neither {@code true} nor {@code false} would otherwise turn signals off
 * without a word).
 *
 * @since 0.1.0
 */
@AutoConfiguration
@EnableConfigurationProperties(SignalsProperties.class)
public final class SignalsPropertiesAutoConfiguration {

}
