package dev.signals.actuate;

import java.util.List;
import java.util.Map;

import dev.signals.Signals;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.dispatch.ReceiverRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class SignalsHealthAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, SignalsHealthAutoConfiguration.class))
		.withBean(DispatchedReceivers.class);

	@Test
	void healthIsUpWithTheReceiversTheSwitchedOffAndTheFailures() {
		this.contextRunner.withPropertyValues("signals.receivers.dispatched-later=false").run((context) -> {
			assertThat(context).hasSingleBean(SignalsHealthIndicator.class).hasBean("signalsHealthIndicator");
			context.getBean(Signals.class).sendRobust(Dispatched.SIGNAL, this, new Dispatched(true));
			Health health = context.getBean(SignalsHealthIndicator.class).health();
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("receivers", 2)
				.containsEntry("switchedOff", List.of("dispatched-later"))
				.containsEntry("failures", Map.of("dispatched-receiver", 1L));

			context.getBean(ReceiverRegistry.class).switchReceiver("dispatched-later", true);
			assertThat(context.getBean(SignalsHealthIndicator.class).health().getDetails())
				.containsEntry("switchedOff", List.of());
		});
	}

	@Test
	void healthIndicatorCanBeTurnedOff() {
		this.contextRunner.withPropertyValues("management.health.signals.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SignalsHealthIndicator.class));
	}

	@Test
	void healthIndicatorIsNotThereWithoutSpringBootHealth() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SignalsHealthIndicator.class));
	}

	@Test
	void healthIndicatorIsNotThereWhenSignalsAreDisabled() {
		this.contextRunner.withPropertyValues("signals.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SignalsHealthIndicator.class));
	}

	@Test
	void aUserHealthIndicatorOfTheSameNameWins() {
		this.contextRunner
			.withBean("signalsHealthIndicator", HealthIndicator.class, () -> () -> Health.down().build())
			.run((context) -> assertThat(context).doesNotHaveBean(SignalsHealthIndicator.class));
	}

}
