package dev.signals.migration;

import java.util.Arrays;

import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.dispatch.SignalDispatcher;
import dev.signals.hibernate.SignalsIntegratorProvider;
import liquibase.integration.spring.SpringLiquibase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.hibernate.integrator.spi.Integrator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of Django's migration signals ({@code pre_migrate},
 * {@code post_migrate}) around the migrations of Flyway (a callback added to Spring Boot's
 * Flyway), Liquibase (around Spring Boot's {@code SpringLiquibase}) and Hibernate's schema
 * management (when it creates or updates the schema), each when it is on the class path.
 * Backs off when signals are off.
 *
 * @since 0.1.0
 */
@AutoConfiguration(after = SignalsAutoConfiguration.class)
@ConditionalOnBean({ ReceiverRegistry.class, SignalDispatcher.class })
public final class MigrationSignalsAutoConfiguration {

	@Bean
	static MigrationSignals migrationSignals(ApplicationContext context, ObjectProvider<ReceiverRegistry> registry,
			ObjectProvider<SignalDispatcher> dispatcher) {
		return new MigrationSignals(context, registry, dispatcher);
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ Flyway.class, FlywayConfigurationCustomizer.class })
	static class FlywayMigrationSignalsConfiguration {

		@Bean
		FlywayConfigurationCustomizer signalsFlywayConfigurationCustomizer(MigrationSignals signals) {
			Callback callback = new FlywayMigrationCallback(signals);
			return (configuration) -> {
				// callbacks(...) replaces the callbacks set so far (Spring Boot's Callback beans among them)
				Callback[] existing = configuration.getCallbacks();
				Callback[] callbacks = Arrays.copyOf(existing, existing.length + 1);
				callbacks[existing.length] = callback;
				configuration.callbacks(callbacks);
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SpringLiquibase.class)
	static class LiquibaseMigrationSignalsConfiguration {

		@Bean
		static LiquibaseMigrationSignals signalsLiquibaseMigrationSignals(ObjectProvider<MigrationSignals> signals) {
			return new LiquibaseMigrationSignals(signals);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass({ Integrator.class, HibernatePropertiesCustomizer.class })
	static class HibernateMigrationSignalsConfiguration {

		@Bean
		HibernatePropertiesCustomizer signalsHibernateSchemaMigrationCustomizer(MigrationSignals signals) {
			Integrator integrator = new HibernateSchemaMigrationSignals(signals);
			return (hibernateProperties) -> SignalsIntegratorProvider.addTo(hibernateProperties, integrator);
		}

	}

}
