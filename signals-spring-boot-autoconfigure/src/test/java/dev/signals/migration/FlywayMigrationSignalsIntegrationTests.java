package dev.signals.migration;

import java.util.List;

import javax.sql.DataSource;

import dev.signals.MigrationSignal;
import dev.signals.MigrationTool;
import dev.signals.PostMigrate;
import dev.signals.PreMigrate;
import dev.signals.SignalType;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static dev.signals.SignalConstructions.counting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Real Flyway migrations on PostgreSQL, run by Spring Boot's Flyway at startup and by the
 * application after it, in the schema {@code signals_flyway}.
 */
class FlywayMigrationSignalsIntegrationTests {

	private static final String SCHEMA = "signals_flyway";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
				SignalsAutoConfiguration.class, MigrationSignalsAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=" + Schemas.URL, "spring.datasource.username=postgres",
				"spring.datasource.hikari.maximum-pool-size=5", "spring.flyway.locations=classpath:db/signals-flyway",
				"spring.flyway.schemas=" + SCHEMA, "spring.flyway.default-schema=" + SCHEMA,
				"spring.flyway.create-schemas=true", "spring.flyway.target=1");

	@BeforeEach
	@AfterEach
	void dropSchema() {
		Schemas.drop(SCHEMA);
	}

	@Test
	void receiversCreatedBeforeAndAfterTheStartupMigrationGetBothSignalsOnceTheContextIsRefreshed() {
		this.contextRunner.withUserConfiguration(Receivers.class).run((context) -> {
			assertThat(context).hasNotFailed();
			MigrationLog early = context.getBean("early", MigrationLog.class);
			MigrationLog late = context.getBean("late", MigrationLog.class);
			assertThat(early.tablesWhenCreated).doesNotContain("migrated_note");
			assertThat(late.tablesWhenCreated).contains("migrated_note");
			for (MigrationLog log : List.of(early, late)) {
				assertThat(log.entries).extracting(MigrationLog.Entry::type, MigrationLog.Entry::tool,
						MigrationLog.Entry::applied)
					.containsExactly(tuple(SignalType.PRE_MIGRATE, MigrationTool.FLYWAY, List.of()),
							tuple(SignalType.POST_MIGRATE, MigrationTool.FLYWAY, List.of("1 - create migrated note")));
				assertThat(log.entries).allSatisfy((entry) -> assertThat(entry.tables()).contains("migrated_note"));
			}
			assertThat(context.getBean(MigrationListener.class).heard).extracting(MigrationSignal::type)
				.containsExactly(SignalType.PRE_MIGRATE, SignalType.POST_MIGRATE);
		});
	}

	@Test
	void aSpringListenerAloneGetsThem() {
		this.contextRunner.withBean(MigrationListener.class)
			.run((context) -> assertThat(context.getBean(MigrationListener.class).heard)
				.extracting(MigrationSignal::type)
				.containsExactly(SignalType.PRE_MIGRATE, SignalType.POST_MIGRATE));
	}

	@Test
	void aMigrationAfterTheRefreshIsSignalledWhileItRuns() {
		this.contextRunner.withUserConfiguration(Receivers.class).run((context) -> {
			MigrationLog log = context.getBean("early", MigrationLog.class);
			log.entries.clear();

			latest(context.getBean(Flyway.class), "classpath:db/signals-flyway").migrate();

			assertThat(log.entries).extracting(MigrationLog.Entry::type, MigrationLog.Entry::applied)
				.containsExactly(tuple(SignalType.PRE_MIGRATE, List.of()),
						tuple(SignalType.POST_MIGRATE, List.of("2 - create migrated label")));
			assertThat(log.entries.get(0).tables()).doesNotContain("migrated_label");
			assertThat(log.entries.get(1).tables()).contains("migrated_label");
		});
	}

	@Test
	void aMigrationThatFailsSendsNoPostMigrate() {
		this.contextRunner.withUserConfiguration(Receivers.class).run((context) -> {
			MigrationLog log = context.getBean("early", MigrationLog.class);
			log.entries.clear();
			Flyway failing = latest(context.getBean(Flyway.class), "classpath:db/signals-flyway",
					"classpath:db/signals-flyway-failing");

			assertThatExceptionOfType(FlywayException.class).isThrownBy(failing::migrate);
			assertThat(log.types()).containsExactly(SignalType.PRE_MIGRATE);
		});
	}

	@Test
	void aTypeSwitchedOffIsNotSent() {
		this.contextRunner.withUserConfiguration(Receivers.class)
			.withPropertyValues("signals.types.pre-migrate=false")
			.run((context) -> assertThat(context.getBean("early", MigrationLog.class).types())
				.containsExactly(SignalType.POST_MIGRATE));
	}

	@Test
	void withoutReceiversOrListenersNoSignalIsBuilt() {
		NoMigrationSignals.builtBy(() -> this.contextRunner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(MigrationLog.tables(context.getBean(DataSource.class), SCHEMA)).contains("migrated_note");
			latest(context.getBean(Flyway.class), "classpath:db/signals-flyway").migrate();
		}));
	}

	@Test
	void withAReceiverEachSignalIsBuiltOnce() {
		try (MockedConstruction<PreMigrate> pre = counting(PreMigrate.class);
				MockedConstruction<PostMigrate> post = counting(PostMigrate.class)) {
			this.contextRunner.withUserConfiguration(Receivers.class)
				.run((context) -> assertThat(context.getBean("early", MigrationLog.class).types())
					.containsExactly(SignalType.PRE_MIGRATE, SignalType.POST_MIGRATE));

			assertThat(pre.constructed()).hasSize(1);
			assertThat(post.constructed()).hasSize(1);
		}
	}

	/**
	 * A Flyway like the application's (with its callbacks), up to the latest version.
	 */
	private static Flyway latest(Flyway flyway, String... locations) {
		return Flyway.configure().configuration(flyway.getConfiguration()).locations(locations).target("latest").load();
	}

	@Configuration(proxyBeanMethods = false)
	static class Receivers {

		@Bean
		MigrationLog early(DataSource dataSource) {
			return new MigrationLog(dataSource, SCHEMA);
		}

		@Bean
		MigrationLog.Late late(DataSource dataSource, FlywayMigrationInitializer migrated) {
			return new MigrationLog.Late(dataSource, SCHEMA);
		}

		@Bean
		MigrationListener migrationListener() {
			return new MigrationListener();
		}

	}

}
