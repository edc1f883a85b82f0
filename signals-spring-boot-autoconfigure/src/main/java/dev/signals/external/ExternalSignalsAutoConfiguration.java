package dev.signals.external;

import java.util.function.Supplier;

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
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.function.SingletonSupplier;

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
		ChangeStream signalsExternalChangeStream(SignalsProperties signalsProperties, ReceiverRegistry registry,
				ObjectProvider<EntityManagerFactory> entityManagerFactory, Environment environment,
				OwnTransactionMark mark) {
			ExternalProperties properties = signalsProperties.getExternal();
			ExternalDelivery delivery = new ExternalDelivery(registry, properties.getInitialBackoff(),
					properties.getMaxBackoff());
			Supplier<DatabaseConnection> connection = connection(properties, environment);
			return new ChangeStream(
					(senders) -> CapturedTables.of(
							entityManagerFactory.getObject().unwrap(SessionFactoryImplementor.class), senders,
							properties.getDefaultSchema()),
					delivery, (tables) -> ConnectorSettings.of(properties, connection.get(), tables.names()),
					new SlotLock(connection, properties.getSlotName()), mark, properties);
		}

		/**
		 * Checks the database connection of the stream before anything starts (and before
		 * transactions are marked), while external receivers exist.
		 */
		@Bean
		SmartInitializingSingleton signalsExternalConnectionCheck(SignalsProperties signalsProperties,
				ReceiverRegistry registry, Environment environment) {
			return () -> {
				if (registry.hasExternalReceivers()) {
					databaseConnection(signalsProperties.getExternal(), environment);
				}
			};
		}

		@Bean
		SlotLag signalsExternalSlotLag(SignalsProperties signalsProperties, ReceiverRegistry registry,
				Environment environment) {
			ExternalProperties properties = signalsProperties.getExternal();
			return new SlotLag(connection(properties, environment), properties, registry::hasExternalReceivers);
		}

		/**
		 * Where the stream is read, worked out when first needed: not while no external
		 * receiver exists.
		 */
		private static Supplier<DatabaseConnection> connection(ExternalProperties properties,
				Environment environment) {
			return SingletonSupplier.of(() -> databaseConnection(properties, environment));
		}

		private static DatabaseConnection databaseConnection(ExternalProperties properties, Environment environment) {
			String url = (properties.getUrl() != null) ? properties.getUrl()
					: environment.getProperty("spring.datasource.url", "");
			String username = (properties.getUsername() != null) ? properties.getUsername()
					: environment.getProperty("spring.datasource.username", "");
			String password = (properties.getPassword() != null) ? properties.getPassword()
					: environment.getProperty("spring.datasource.password", "");
			return DatabaseConnection.of(url, username, password);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ MeterBinder.class, DebeziumEngine.class, PostgresConnector.class,
			JdbcOffsetBackingStore.class })
	static class SlotLagMetricsConfiguration {

		@Bean
		SlotLagMetrics signalsExternalSlotLagMetrics(SlotLag lag, SignalsProperties properties) {
			return new SlotLagMetrics(lag, properties.getExternal().getSlotName());
		}

	}

}
