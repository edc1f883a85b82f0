package dev.signals.autoconfigure;

import dev.signals.ModelSignal;
import dev.signals.PostSave;
import dev.signals.SignalReceiver;
import dev.signals.autoconfigure.senders.Parcel;
import dev.signals.autoconfigure.senders.ParcelSize;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A receiver that can never run, because nothing it receives is an entity, fails startup
 * naming it; receivers of entities, of their supertypes and of every entity start.
 */
class ReceiverSendersCheckTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				HibernateJpaAutoConfiguration.class, SignalsAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=jdbc:h2:mem:senders;DB_CLOSE_DELAY=-1",
				"spring.datasource.username=sa")
		.withUserConfiguration(ParcelUnit.class);

	@Test
	void aReceiverOfAnEmbeddableFailsStartupNamingIt() {
		this.contextRunner.withUserConfiguration(EmbeddableReceiverConfiguration.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure())
				.hasMessageContaining("EmbeddableReceiver.sized")
				.hasMessageContaining("can never run");
			FailureAnalysis analysis = new SignalsFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("EmbeddableReceiver.sized", "can never run");
			assertThat(analysis.getAction()).contains("EmbeddableReceiver.sized", "an entity class");
		});
	}

	@Test
	void receiversOfEntitiesTheirSupertypesOrAnyEntityStart() {
		this.contextRunner.withUserConfiguration(EntityReceiversConfiguration.class)
			.run((context) -> assertThat(context).hasNotFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@AutoConfigurationPackage(basePackageClasses = Parcel.class)
	static class ParcelUnit {

	}

	@Configuration(proxyBeanMethods = false)
	static class EmbeddableReceiverConfiguration {

		@Bean
		EmbeddableReceiver embeddableReceiver() {
			return new EmbeddableReceiver();
		}

	}

	static class EmbeddableReceiver {

		@SignalReceiver
		public void sized(PostSave<ParcelSize> signal) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class EntityReceiversConfiguration {

		@Bean
		EntityReceivers entityReceivers() {
			return new EntityReceivers();
		}

	}

	static class EntityReceivers {

		@SignalReceiver
		public void parcel(PostSave<Parcel> signal) {
		}

		@SignalReceiver
		public void anything(PostSave<Object> signal) {
		}

		@SignalReceiver
		public void everySignal(ModelSignal<?> signal) {
		}

	}

}
