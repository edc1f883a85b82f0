package dev.signals.external;

import dev.signals.PostSave;
import dev.signals.SignalReceiver;
import dev.signals.SignalSnapshot;
import dev.signals.SignalType;
import dev.signals.SignalsConfigurationException;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.dispatch.ReceiverRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class ExternalSignalsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner().withConfiguration(
			AutoConfigurations.of(SignalsAutoConfiguration.class, ExternalSignalsAutoConfiguration.class));

	@Test
	void isOffByDefault() {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(ChangeStream.class)
			.doesNotHaveBean(OwnTransactionMark.class));
	}

	@Test
	void isOffWhenSwitchedOff() {
		this.contextRunner.withPropertyValues("signals.external.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(ChangeStream.class));
	}

	@Test
	void startsTheStreamAndMarksOwnTransactionsWhenSwitchedOn() {
		this.contextRunner.withPropertyValues("signals.external.enabled=true")
			.run((context) -> assertThat(context).hasNotFailed()
				.hasSingleBean(ChangeStream.class)
				.hasSingleBean(OwnTransactionMark.class));
	}

	@Test
	void switchedOnWithoutDebeziumFailsNamingWhatToAdd() {
		this.contextRunner.withPropertyValues("signals.external.enabled=true")
			.withClassLoader(new FilteredClassLoader("io.debezium"))
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(SignalsConfigurationException.class)
				.hasMessageContaining("io.debezium:debezium-embedded")
				.hasMessageContaining("io.debezium:debezium-connector-postgres")
				.hasMessageContaining("io.debezium:debezium-storage-jdbc"));
	}

	@Test
	void anExternalReceiverWithoutTheSwitchOnFailsStartup() {
		this.contextRunner.withBean(SnapshotReceiver.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(SignalsConfigurationException.class)
				.hasMessageContaining("SnapshotReceiver.changed")
				.hasMessageContaining("signals.external.enabled is not true"));
	}

	@Test
	void anExternalReceiverIsRegisteredButReceivesNoSignalOfTheApplication() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class))
			.withPropertyValues("signals.external.enabled=true")
			.withBean(SnapshotReceiver.class)
			.run((context) -> {
				ReceiverRegistry registry = context.getBean(ReceiverRegistry.class);
				assertThat(registry.find("snapshots").isExternal()).isTrue();
				assertThat(registry.hasExternalReceivers()).isTrue();
				assertThat(registry.route(SignalType.POST_SAVE, Object.class).isEmpty()).isTrue();
			});
	}

	@Test
	void externalReceiversOnADatabaseThatIsNotPostgresqlFailStartupNamingTheUrl() {
		this.contextRunner
			.withPropertyValues("signals.external.enabled=true", "spring.datasource.url=jdbc:h2:mem:shop")
			.withBean(SnapshotReceiver.class)
			.run((context) -> assertThat(context).getFailure()
				.isInstanceOf(SignalsConfigurationException.class)
				.hasMessageContaining("needs a PostgreSQL JDBC URL starting with jdbc:postgresql://, but the URL is "
						+ "'jdbc:h2:mem:shop'"));
	}

	@Test
	void anExternalReceiverOfASignalInsteadOfASnapshotFailsStartup() {
		this.contextRunner.withBean(SignalReceiverOfPostSave.class)
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.isInstanceOf(SignalsConfigurationException.class)
				.hasMessageContaining("SignalReceiverOfPostSave.saved is external but takes a PostSave"));
	}

	static class SnapshotReceiver {

		@SignalReceiver(external = true, id = "snapshots")
		public void changed(SignalSnapshot<Object> snapshot) {
		}

	}

	static class SignalReceiverOfPostSave {

		@SignalReceiver(external = true)
		public void saved(PostSave<Object> signal) {
		}

	}

}
