package dev.signals.migration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.signals.autoconfigure.SignalsAutoConfiguration;
import liquibase.integration.spring.SpringLiquibase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationSignalsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(SignalsAutoConfiguration.class, MigrationSignalsAutoConfiguration.class));

	@Test
	void hooksIntoFlywayLiquibaseAndHibernateByDefault() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(MigrationSignals.class)
			.hasSingleBean(FlywayConfigurationCustomizer.class)
			.hasSingleBean(LiquibaseMigrationSignals.class)
			.hasBean("signalsHibernateSchemaMigrationCustomizer"));
	}

	@Test
	void backsOffWhenSignalsAreDisabled() {
		this.contextRunner.withPropertyValues("signals.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationSignals.class)
				.doesNotHaveBean(FlywayConfigurationCustomizer.class)
				.doesNotHaveBean(LiquibaseMigrationSignals.class)
				.doesNotHaveBean(HibernatePropertiesCustomizer.class));
	}

	@Test
	void leavesFlywayAloneWithoutFlyway() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(Flyway.class))
			.run((context) -> assertThat(context).hasSingleBean(MigrationSignals.class)
				.doesNotHaveBean(FlywayConfigurationCustomizer.class)
				.hasSingleBean(LiquibaseMigrationSignals.class));
	}

	@Test
	void leavesLiquibaseAloneWithoutLiquibase() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(SpringLiquibase.class))
			.run((context) -> assertThat(context).hasSingleBean(MigrationSignals.class)
				.hasSingleBean(FlywayConfigurationCustomizer.class)
				.doesNotHaveBean(LiquibaseMigrationSignals.class));
	}

	@Test
	void theFlywayCustomizerAddsItsCallbackAfterTheOnesSetBefore() {
		Callback existing = new NoCallback();
		this.contextRunner.run((context) -> {
			FluentConfiguration configuration = new FluentConfiguration().callbacks(existing);
			context.getBean(FlywayConfigurationCustomizer.class).customize(configuration);
			assertThat(configuration.getCallbacks()).hasSize(2).startsWith(existing);
			assertThat(configuration.getCallbacks()[1]).isInstanceOf(FlywayMigrationCallback.class);
		});
	}

	@Test
	void theHibernateCustomizerAddsItsIntegratorAndKeepsTheOthers() {
		Integrator existing = new Integrator() {
		};
		this.contextRunner.run((context) -> {
			Map<String, Object> properties = new HashMap<>();
			properties.put(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> List.of(existing));
			context.getBean("signalsHibernateSchemaMigrationCustomizer", HibernatePropertiesCustomizer.class)
				.customize(properties);
			IntegratorProvider provider = (IntegratorProvider) properties.get(JpaSettings.INTEGRATOR_PROVIDER);
			assertThat(provider.getIntegrators()).hasSize(2).first().isSameAs(existing);
			assertThat(provider.getIntegrators().get(1)).isInstanceOf(HibernateSchemaMigrationSignals.class);
		});
	}

	static class NoCallback implements Callback {

		@Override
		public boolean supports(Event event, Context context) {
			return false;
		}

		@Override
		public boolean canHandleInTransaction(Event event, Context context) {
			return true;
		}

		@Override
		public void handle(Event event, Context context) {
		}

		@Override
		public String getCallbackName() {
			return "none";
		}

	}

}
