package dev.signals.migration;

import java.util.List;

import javax.sql.DataSource;

import dev.signals.MigrationTool;
import dev.signals.SignalType;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.migration.schema.MigratedEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Hibernate's schema management on PostgreSQL, creating the table of an entity in the schema
 * {@code signals_hibernate} when the persistence unit starts.
 */
class HibernateSchemaMigrationSignalsIntegrationTests {

	private static final String SCHEMA = "signals_hibernate";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, SignalsAutoConfiguration.class,
				MigrationSignalsAutoConfiguration.class))
		.withInitializer((context) -> AutoConfigurationPackages.register(
				(BeanDefinitionRegistry) context.getBeanFactory(), MigratedEntity.class.getPackageName()))
		.withPropertyValues("spring.datasource.url=" + Schemas.URL, "spring.datasource.username=postgres",
				"spring.datasource.hikari.maximum-pool-size=5",
				"spring.jpa.properties.hibernate.default_schema=" + SCHEMA,
				"spring.jpa.properties.hibernate.hbm2ddl.create_namespaces=true");

	@BeforeEach
	@AfterEach
	void dropSchema() {
		Schemas.drop(SCHEMA);
	}

	@Test
	void creatingTheSchemaSendsBothSignalsOnceTheContextIsRefreshed() {
		this.contextRunner.withUserConfiguration(Receivers.class)
			.withPropertyValues("spring.jpa.hibernate.ddl-auto=create")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				MigrationLog log = context.getBean(MigrationLog.class);
				assertThat(log.entries).extracting(MigrationLog.Entry::type, MigrationLog.Entry::tool,
						MigrationLog.Entry::applied)
					.containsExactly(tuple(SignalType.PRE_MIGRATE, MigrationTool.HIBERNATE, List.of()),
							tuple(SignalType.POST_MIGRATE, MigrationTool.HIBERNATE, List.of()));
				assertThat(log.entries).allSatisfy(
						(entry) -> assertThat(entry.tables()).contains("migrated_entity"));
				assertThat(context.getBean(MigrationListener.class).heard).hasSize(2);
			});
	}

	@Test
	void updatingTheSchemaSendsBothSignals() {
		this.contextRunner.withUserConfiguration(Receivers.class)
			.withPropertyValues("spring.jpa.hibernate.ddl-auto=update")
			.run((context) -> assertThat(context.getBean(MigrationLog.class).types())
				.containsExactly(SignalType.PRE_MIGRATE, SignalType.POST_MIGRATE));
	}

	@Test
	void validatingTheSchemaSendsNothing() {
		this.contextRunner.withPropertyValues("spring.jpa.hibernate.ddl-auto=create")
			.run((context) -> assertThat(context).hasNotFailed());
		this.contextRunner.withUserConfiguration(Receivers.class)
			.withPropertyValues("spring.jpa.hibernate.ddl-auto=validate")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(MigrationLog.class).entries).isEmpty();
			});
	}

	@Test
	void withoutReceiversOrListenersNoSignalIsBuilt() {
		NoMigrationSignals.builtBy(() -> this.contextRunner.withPropertyValues("spring.jpa.hibernate.ddl-auto=create")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(MigrationLog.tables(context.getBean(DataSource.class), SCHEMA)).contains("migrated_entity");
			}));
	}

	@Configuration(proxyBeanMethods = false)
	static class Receivers {

		@Bean
		MigrationLog migrationLog(DataSource dataSource) {
			return new MigrationLog(dataSource, SCHEMA);
		}

		@Bean
		MigrationListener migrationListener() {
			return new MigrationListener();
		}

	}

}
