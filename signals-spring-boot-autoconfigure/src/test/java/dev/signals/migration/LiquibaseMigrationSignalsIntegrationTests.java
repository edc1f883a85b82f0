package dev.signals.migration;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import dev.signals.MigrationTool;
import dev.signals.PostMigrate;
import dev.signals.SignalType;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import liquibase.Liquibase;
import liquibase.integration.spring.Customizer;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Real Liquibase updates on PostgreSQL, run by Spring Boot's {@code SpringLiquibase} at
 * startup, in the schema {@code signals_liquibase}.
 */
class LiquibaseMigrationSignalsIntegrationTests {

	private static final String SCHEMA = "signals_liquibase";

	private static final String CHANGELOG = "db/signals-liquibase/changelog.yaml";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, LiquibaseAutoConfiguration.class,
				SignalsAutoConfiguration.class, MigrationSignalsAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=" + Schemas.URL, "spring.datasource.username=postgres",
				"spring.datasource.hikari.maximum-pool-size=5", "spring.liquibase.change-log=classpath:" + CHANGELOG,
				"spring.liquibase.default-schema=" + SCHEMA);

	@BeforeEach
	void createSchema() {
		Schemas.drop(SCHEMA);
		Schemas.execute("create schema " + SCHEMA);
	}

	@AfterEach
	void dropSchema() {
		Schemas.drop(SCHEMA);
	}

	@Test
	void theStartupUpdateSendsBothSignalsWithTheDeployedChangesetsOnceTheContextIsRefreshed() {
		this.contextRunner.withUserConfiguration(Receivers.class).run((context) -> {
			assertThat(context).hasNotFailed();
			MigrationLog log = context.getBean(MigrationLog.class);
			assertThat(log.tablesWhenCreated).doesNotContain("migrated_note");
			assertThat(log.entries).extracting(MigrationLog.Entry::type, MigrationLog.Entry::tool,
					MigrationLog.Entry::applied)
				.containsExactly(tuple(SignalType.PRE_MIGRATE, MigrationTool.LIQUIBASE, List.of()),
						tuple(SignalType.POST_MIGRATE, MigrationTool.LIQUIBASE,
								List.of(CHANGELOG + "::1::signals", CHANGELOG + "::2::signals")));
			assertThat(log.entries).allSatisfy(
					(entry) -> assertThat(entry.tables()).contains("migrated_note", "migrated_label"));
			assertThat(context.getBean(MigrationListener.class).heard).hasSize(2);
		});
	}

	@Test
	void anUpdateWithNothingToDeploySendsAnEmptyPostMigrate() {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed());
		this.contextRunner.withUserConfiguration(Receivers.class)
			.run((context) -> assertThat(context.getBean(MigrationLog.class).entries)
				.extracting(MigrationLog.Entry::type, MigrationLog.Entry::applied)
				.containsExactly(tuple(SignalType.PRE_MIGRATE, List.of()), tuple(SignalType.POST_MIGRATE, List.of())));
	}

	@Test
	void theApplicationsOwnLiquibaseCustomizerStillRuns() {
		this.contextRunner.withUserConfiguration(Receivers.class, OwnCustomizer.class).run((context) -> {
			assertThat(context.getBean(OwnCustomizer.class).calls).hasValue(1);
			assertThat(context.getBean(MigrationLog.class).types()).containsExactly(SignalType.PRE_MIGRATE,
					SignalType.POST_MIGRATE);
		});
	}

	@Test
	void aSpringLiquibaseThatDoesNotRunSendsNothing() {
		this.contextRunner.withUserConfiguration(Receivers.class)
			.withBean("liquibaseNotRunning", SpringLiquibase.class, () -> {
				SpringLiquibase notRunning = new SpringLiquibase();
				notRunning.setShouldRun(false);
				return notRunning;
			})
			.run((context) -> assertThat(context.getBean(MigrationLog.class).entries).isEmpty());
	}

	@Test
	void withoutReceiversOrListenersNoSignalIsBuilt() {
		NoMigrationSignals.builtBy(() -> this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(MigrationLog.tables(context.getBean(DataSource.class), SCHEMA)).contains("migrated_note");
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

	@Configuration(proxyBeanMethods = false)
	static class OwnCustomizer {

		final AtomicInteger calls = new AtomicInteger();

		@Bean
		Customizer<Liquibase> ownLiquibaseCustomizer() {
			return (liquibase) -> this.calls.incrementAndGet();
		}

	}

}
