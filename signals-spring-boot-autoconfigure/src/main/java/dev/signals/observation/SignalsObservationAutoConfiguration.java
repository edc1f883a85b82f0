package dev.signals.observation;

import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.dispatch.EntityIdentity;
import dev.signals.dispatch.ReceiverRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the observation of every receiver call
 * ({@link SignalsObservationDocumentation#RECEIVER_INVOCATION}) when there is an
 * {@link ObservationRegistry}. A {@link ReceiverInvocationObservationConvention} bean
 * replaces the default convention.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = { ObservationAutoConfiguration.class, SignalsAutoConfiguration.class })
@ConditionalOnClass(ObservationRegistry.class)
@ConditionalOnBean({ ObservationRegistry.class, ReceiverRegistry.class })
public final class SignalsObservationAutoConfiguration {

	@Bean
	ReceiverObservations signalsReceiverObservations(ObservationRegistry observationRegistry,
			ObjectProvider<EntityIdentity> entityIdentity,
			ObjectProvider<ReceiverInvocationObservationConvention> convention) {
		return new ReceiverObservations(observationRegistry,
				entityIdentity.getIfAvailable(() -> EntityIdentity.INSTANCE_ONLY), convention.getIfAvailable());
	}

}
