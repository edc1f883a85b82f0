package dev.signals.autoconfigure;

import java.util.Map;

import dev.signals.FailurePolicy;
import dev.signals.Phase;
import dev.signals.Signals;
import dev.signals.dispatch.DeliveryObserver;
import dev.signals.dispatch.DeliveryOptions;
import dev.signals.dispatch.DispatchingSignals;
import dev.signals.dispatch.DurableDelivery;
import dev.signals.dispatch.EntityIdentity;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.dispatch.SignalDispatcher;
import dev.signals.dispatch.SignalReceiverMethodProcessor;
import dev.signals.hibernate.ClassPreparedPublisher;
import dev.signals.hibernate.SignalsIntegrator;
import dev.signals.hibernate.SignalsIntegratorProvider;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionImplementor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of model signals for Hibernate-backed JPA: the receiver registry, the
 * dispatcher, the registration of {@code @SignalReceiver} methods and the Hibernate
 * listeners.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass({ EntityManagerFactory.class, SessionImplementor.class, HibernatePropertiesCustomizer.class })
@ConditionalOnBooleanProperty(name = "signals.enabled", matchIfMissing = true)
@EnableConfigurationProperties(SignalsProperties.class)
public final class SignalsAutoConfiguration {

	@Bean
	static SignalReceiverMethodProcessor signalReceiverMethodProcessor(ObjectProvider<ReceiverRegistry> registry) {
		return new SignalReceiverMethodProcessor(registry);
	}

	@Bean
	@ConditionalOnMissingBean
	ReceiverRegistry signalReceiverRegistry(SignalsProperties properties) {
		return new ReceiverRegistry(new PropertiesSignalSwitches(properties));
	}

	@Bean
	@ConditionalOnMissingBean
	EntityIdentity signalsEntityIdentity(ObjectProvider<EntityManagerFactory> factories) {
		return new JpaEntityIdentity(factories);
	}

	@Bean
	@ConditionalOnMissingBean
	SignalDispatcher signalDispatcher(ApplicationEventPublisher publisher, SignalsProperties properties,
			EntityIdentity entityIdentity, ObjectProvider<DeliveryObserver> observers,
			ObjectProvider<DurableDelivery> durableDelivery) {
		DeliveryOptions options = DeliveryOptions.defaults()
			.withMaxDepth(properties.getRecursion().getMaxDepth())
			.withEntityIdentity(entityIdentity)
			.withObserver(DeliveryObserver.of(observers.orderedStream().toList()))
			.withDurableDelivery(durableDelivery.getIfAvailable());
		for (Map.Entry<Phase, FailurePolicy> policy : properties.getFailurePolicy().entrySet()) {
			options = options.withFailurePolicy(policy.getKey(), policy.getValue());
		}
		return new SignalDispatcher(publisher, new JpaPendingWrites(), options);
	}

	@Bean
	@ConditionalOnMissingBean
	Signals signals(ReceiverRegistry registry, SignalDispatcher dispatcher) {
		return new DispatchingSignals(registry, dispatcher);
	}

	@Bean
	static BeforeCommitPreparation signalsBeforeCommitPreparation(ObjectProvider<ReceiverRegistry> registry,
			ObjectProvider<SignalDispatcher> dispatcher) {
		return new BeforeCommitPreparation(registry, dispatcher);
	}

	@Bean
	static ForeignTransactionManagers signalsForeignTransactionManagers() {
		return new ForeignTransactionManagers();
	}

	@Bean
	HibernatePropertiesCustomizer signalsHibernatePropertiesCustomizer(ReceiverRegistry registry,
			SignalDispatcher dispatcher, SignalsProperties properties) {
		SignalsIntegrator integrator = new SignalsIntegrator(registry, dispatcher, properties.getBulk());
		return (hibernateProperties) -> SignalsIntegratorProvider.addTo(hibernateProperties, integrator);
	}

	@Bean
	ClassPreparedPublisher signalsClassPreparedPublisher(ApplicationContext context,
			ObjectProvider<EntityManagerFactory> factories) {
		return new ClassPreparedPublisher(context, factories.orderedStream().toList());
	}

	@Bean
	ReceiverSendersCheck signalsReceiverSendersCheck(ReceiverRegistry registry,
			ObjectProvider<EntityManagerFactory> factories) {
		return new ReceiverSendersCheck(registry, factories);
	}

	@Bean
	ReceiverAttributesCheck signalsReceiverAttributesCheck(ReceiverRegistry registry,
			ObjectProvider<EntityManagerFactory> factories) {
		return new ReceiverAttributesCheck(registry, factories);
	}

	@Bean
	DurableReceiversCheck signalsDurableReceiversCheck(ReceiverRegistry registry,
			ObjectProvider<DurableDelivery> durableDelivery) {
		return new DurableReceiversCheck(registry, durableDelivery);
	}

	@Bean
	ExternalReceiversCheck signalsExternalReceiversCheck(ReceiverRegistry registry, SignalsProperties properties) {
		return new ExternalReceiversCheck(registry, properties);
	}

	@Bean
	ReceiverSwitchesCheck signalsReceiverSwitchesCheck(SignalsProperties properties, ReceiverRegistry registry) {
		return new ReceiverSwitchesCheck(properties, registry);
	}

	@Bean
	@ConditionalOnBooleanProperty(name = "signals.startup-report", matchIfMissing = true)
	ReceiversStartupReport signalsReceiversStartupReport(ReceiverRegistry registry,
			ObjectProvider<EntityManagerFactory> factories) {
		return new ReceiversStartupReport(registry, factories);
	}

}
