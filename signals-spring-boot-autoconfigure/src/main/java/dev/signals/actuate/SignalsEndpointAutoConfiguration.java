package dev.signals.actuate;

import java.util.Collection;

import dev.signals.Signals;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.dispatch.ReceiverRegistry;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@link SignalsEndpoint signals endpoint}, when Actuator is
 * there and the endpoint is available (its access is not {@code none} and it is exposed).
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = SignalsAutoConfiguration.class)
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnBean(ReceiverRegistry.class)
@ConditionalOnAvailableEndpoint(SignalsEndpoint.class)
public final class SignalsEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SignalsEndpoint signalsEndpoint(ReceiverRegistry registry, Signals signals,
			ObjectProvider<EntityManagerFactory> factories) {
		return new SignalsEndpoint(registry, signals, () -> entityClasses(factories));
	}

	private static Collection<Class<?>> entityClasses(ObjectProvider<EntityManagerFactory> factories) {
		return factories.orderedStream()
			.flatMap((factory) -> factory.getMetamodel().getEntities().stream())
			.<Class<?>>map(EntityType::getJavaType)
			.toList();
	}

}
