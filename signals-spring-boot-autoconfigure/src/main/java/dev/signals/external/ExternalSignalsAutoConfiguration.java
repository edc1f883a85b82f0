package dev.signals.external;

import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.autoconfigure.SignalsProperties;
import dev.signals.dispatch.ReceiverRegistry;
import io.debezium.connector.postgresql.PostgresConnector;
import io.debezium.engine.DebeziumEngine;
import io.debezium.storage.jdbc.offset.JdbcOffsetBackingStore;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configuration of external receivers ({@code signals.external.enabled=true}): the
 * change stream of Debezium's embedded engine on PostgreSQL, and the mark that keeps the
 * application's own transactions out of it. Enabled without Debezium on the class path, it
 * fails startup naming what to add.
 *
 * @since 0.3.0
 */
@AutoConfiguration(after = SignalsAutoConfiguration.class,
		afterName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnClass(SessionFactoryImplementor.class)
@ConditionalOnBooleanProperty("signals.external.enabled")
@ConditionalOnBean(ReceiverRegistry.class)
public final class ExternalSignalsAutoConfiguration {

	@Bean
	static ExternalDependencies signalsExternalDependencies(ResourceLoader resourceLoader) {
		return new ExternalDependencies(resourceLoader.getClassLoader());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ DebeziumEngine.class, PostgresConnector.class, JdbcOffsetBackingStore.class })
	static class ChangeStreamConfiguration {

		@Bean
		static OwnTransactionMark signalsOwnTransactionMark(ObjectProvider<ReceiverRegistry> registry,
				Environment environment) {
			String slotName = Binder.get(environment)
				.bind("signals.external.slot-name", String.class)
				.orElseGet(() -> new ExternalProperties().getSlotName());
			return new OwnTransactionMark(registry, slotName);
		}

		@Bean
		StreamDatabase signalsExternalDatabase(SignalsProperties signalsProperties, ReceiverRegistry registry,
				Environment environment) {
			return new StreamDatabase(signalsProperties.getExternal(), environment, registry::hasExternalReceivers);
		}

		@Bean
		ChangeStream signalsExternalChangeStream(SignalsProperties signalsProperties, ReceiverRegistry registry,
				ObjectProvider<EntityManagerFactory> entityManagerFactory, StreamDatabase database,
				OwnTransactionMark mark) {
			ExternalProperties properties = signalsProperties.getExternal();
			ExternalDelivery delivery = new ExternalDelivery(registry, properties.getInitialBackoff(),
					properties.getMaxBackoff());
			return new ChangeStream(
					(senders) -> CapturedTables.of(
							entityManagerFactory.getObject().unwrap(SessionFactoryImplementor.class), senders,
							properties.getDefaultSchema()),
					delivery, (tables) -> ConnectorSettings.of(properties, database.get(), tables.names()),
					new SlotLock(database, properties.getSlotName()), mark, properties);
		}

		@Bean
		SlotLag signalsExternalSlotLag(SignalsProperties signalsProperties, ReceiverRegistry registry,
				StreamDatabase database) {
			return new SlotLag(database, signalsProperties.getExternal(), registry::hasExternalReceivers);
		}

		@Configuration(proxyBeanMethods = false)
		@ConditionalOnClass(MeterBinder.class)
		static class SlotLagMetricsConfiguration {

			@Bean
			SlotLagMetrics signalsExternalSlotLagMetrics(SlotLag lag, SignalsProperties properties) {
				return new SlotLagMetrics(lag, properties.getExternal().getSlotName());
			}

		}

	}

}
