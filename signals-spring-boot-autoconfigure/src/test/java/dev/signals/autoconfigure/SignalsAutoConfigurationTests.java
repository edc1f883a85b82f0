package dev.signals.autoconfigure;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.signals.MigrationSignal;
import dev.signals.PostSave;
import dev.signals.RequestSignal;
import dev.signals.Signal;
import dev.signals.SignalReceiver;
import dev.signals.SignalType;
import dev.signals.Signals;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.dispatch.SignalDispatcher;
import dev.signals.dispatch.SignalReceiverMethodProcessor;
import dev.signals.dispatch.SignalSwitches;
import dev.signals.hibernate.SignalsIntegrator;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class SignalsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class));

	@Test
	void setsUpSignalsByDefault() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(ReceiverRegistry.class)
			.hasSingleBean(SignalDispatcher.class)
			.hasSingleBean(SignalReceiverMethodProcessor.class)
			.hasSingleBean(HibernatePropertiesCustomizer.class)
			.hasSingleBean(SignalsProperties.class));
	}

	@Test
	void setsUpSignalsWhenExplicitlyEnabled() {
		this.contextRunner.withPropertyValues("signals.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(SignalDispatcher.class));
	}

	@Test
	void backsOffWhenDisabled() {
		this.contextRunner.withPropertyValues("signals.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ReceiverRegistry.class)
				.doesNotHaveBean(SignalDispatcher.class)
				.doesNotHaveBean(HibernatePropertiesCustomizer.class));
	}

	@Test
	void whenDisabledASignalsBeanThatSendsNothingKeepsItsUsersStarting() {
		allSignalsAutoConfigurations().withPropertyValues("signals.enabled=false")
			.run((context) -> {
				assertThat(context).hasSingleBean(Signals.class).doesNotHaveBean(SignalDispatcher.class);
				Signals signals = context.getBean(Signals.class);
				assertThat(signals.send(Signal.of("test", String.class), this, "payload")).isEmpty();
				assertThat(signals.hasListeners(SignalType.POST_SAVE, String.class)).isFalse();
				assertThat(signals.muted(() -> "ran")).isEqualTo("ran");
			});
	}

	@Test
	void backsOffWithoutHibernate() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(SessionImplementor.class))
			.run((context) -> assertThat(context).doesNotHaveBean(SignalDispatcher.class));
	}

	@Test
	void backsOffWithoutJpa() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(EntityManagerFactory.class))
			.run((context) -> assertThat(context).doesNotHaveBean(SignalDispatcher.class));
	}

	@Test
	void aUserDefinedRegistryTakesPrecedence() {
		this.contextRunner.withUserConfiguration(UserRegistryConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(ReceiverRegistry.class)
				.getBean(ReceiverRegistry.class)
				.isSameAs(context.getBean(UserRegistryConfiguration.class).registry));
	}

	@Test
	void anUnknownKeyFailsBinding() {
		this.contextRunner.withPropertyValues("signals.pre-save=false").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("signals.pre-save");
		});
	}

	@Test
	void aBadValueFailsBinding() {
		this.contextRunner.withPropertyValues("signals.types.post-save=sometimes").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining("signals.types.post-save")
				.hasStackTraceContaining("sometimes");
		});
	}

	@Test
	void anEnabledValueThatIsNeitherTrueNorFalseFailsBindingInsteadOfTurningSignalsOff() {
		allSignalsAutoConfigurations().withPropertyValues("signals.enabled=maybe").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).hasStackTraceContaining("signals.enabled")
				.hasStackTraceContaining("maybe");
		});
	}

	@Test
	void anUnknownKeyFailsBindingWhenSignalsAreDisabledToo() {
		allSignalsAutoConfigurations().withPropertyValues("signals.enabled=false", "signals.pre-save=false")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("signals.pre-save");
			});
	}

	@Test
	void theDisabledSignalsBindTheirProperties() {
		allSignalsAutoConfigurations().withPropertyValues("signals.enabled=false")
			.run((context) -> assertThat(context).hasSingleBean(SignalsProperties.class)
				.getBean(SignalsProperties.class)
				.satisfies((properties) -> assertThat(properties.isEnabled()).isFalse()));
	}

	@Test
	void aRecursionDepthBelowOneFailsBindingNamingTheProperty() {
		this.contextRunner.withPropertyValues("signals.recursion.max-depth=0").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure())
				.hasStackTraceContaining("signals.recursion.max-depth must be at least 1, but was 0");
		});
	}

	@Test
	void typeSwitchesEmptyTheRoutesOfTheirType() {
		this.contextRunner.withUserConfiguration(ReceiverConfiguration.class)
			.withPropertyValues("signals.types.post-save=false")
			.run((context) -> {
				ReceiverRegistry registry = context.getBean(ReceiverRegistry.class);
				assertThat(registry.route(SignalType.POST_SAVE, String.class).isEmpty()).isTrue();
				assertThat(registry.route(SignalType.PRE_SAVE, String.class).isEmpty()).isFalse();
			});
	}

	@Test
	void theRequestAndMigrationSwitchesTurnTheirTypesOff() {
		SignalType[] types = { SignalType.REQUEST_STARTED, SignalType.REQUEST_FINISHED,
				SignalType.GOT_REQUEST_EXCEPTION, SignalType.PRE_MIGRATE, SignalType.POST_MIGRATE };
		this.contextRunner.withBean(RequestAndMigrationReceivers.class).run((context) -> {
			ReceiverRegistry registry = context.getBean(ReceiverRegistry.class);
			assertThat(types).allSatisfy((type) -> assertThat(registry.hasReceivers(type)).as(type.name()).isTrue());
		});
		this.contextRunner.withBean(RequestAndMigrationReceivers.class)
			.withPropertyValues("signals.types.request-started=false", "signals.types.request-finished=false",
					"signals.types.got-request-exception=false", "signals.types.pre-migrate=false",
					"signals.types.post-migrate=false")
			.run((context) -> {
				ReceiverRegistry registry = context.getBean(ReceiverRegistry.class);
				assertThat(types)
					.allSatisfy((type) -> assertThat(registry.hasReceivers(type)).as(type.name()).isFalse());
				assertThat(registry.hasReceivers(SignalType.POST_SAVE)).isTrue();
			});
	}

	@Test
	void receiverSwitchesTurnOffOneReceiverById() {
		this.contextRunner.withUserConfiguration(ReceiverConfiguration.class)
			.withPropertyValues("signals.receivers.first=false")
			.run((context) -> {
				ReceiverRegistry registry = context.getBean(ReceiverRegistry.class);
				assertThat(registry.route(SignalType.POST_SAVE, String.class).receivers())
					.extracting(dev.signals.dispatch.Receiver::id)
					.containsExactly("second");
			});
	}

	@Test
	void aSwitchForAnUnknownReceiverIdFailsStartup() {
		this.contextRunner.withUserConfiguration(ReceiverConfiguration.class)
			.withPropertyValues("signals.receivers.frist=false")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).hasMessageContaining("signals.receivers.frist")
					.hasMessageContaining("first");
				FailureAnalysis analysis = new SignalsFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("'signals.receivers.frist'", "[first, second, third]");
				assertThat(analysis.getAction()).contains("[first, second, third]", "@SignalReceiver(id = ...)");
			});
	}

	@Test
	void theHibernateCustomizerAddsTheIntegratorAndKeepsAnExistingProvider() {
		Integrator existing = new Integrator() {
		};
		this.contextRunner.run((context) -> {
			Map<String, Object> properties = new HashMap<>();
			properties.put(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> List.of(existing));
			context.getBean(HibernatePropertiesCustomizer.class).customize(properties);
			IntegratorProvider provider = (IntegratorProvider) properties.get(JpaSettings.INTEGRATOR_PROVIDER);
			assertThat(provider.getIntegrators()).hasSize(2).first().isSameAs(existing);
			assertThat(provider.getIntegrators().get(1)).isInstanceOf(SignalsIntegrator.class);
		});
	}

	private ApplicationContextRunner allSignalsAutoConfigurations() {
		return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class,
				DisabledSignalsAutoConfiguration.class, SignalsPropertiesAutoConfiguration.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserRegistryConfiguration {

		final ReceiverRegistry registry = new ReceiverRegistry(SignalSwitches.ALL_ON);

		@Bean
		ReceiverRegistry userRegistry() {
			return this.registry;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ReceiverConfiguration {

		@Bean
		StringReceivers stringReceivers() {
			return new StringReceivers();
		}

	}

	static class RequestAndMigrationReceivers {

		@SignalReceiver
		public void request(RequestSignal signal) {
		}

		@SignalReceiver
		public void migration(MigrationSignal signal) {
		}

		@SignalReceiver
		public void saved(PostSave<String> signal) {
		}

	}

	static class StringReceivers {

		@SignalReceiver(id = "first")
		public void first(PostSave<String> signal) {
		}

		@SignalReceiver(id = "second")
		public void second(PostSave<String> signal) {
		}

		@SignalReceiver(id = "third")
		public void third(dev.signals.PreSave<String> signal) {
		}

	}

}
