package dev.signals.observation;

import dev.signals.Signals;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.dispatch.DeliveryObserver;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SignalsObservationAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(SignalsAutoConfiguration.class, SignalsObservationAutoConfiguration.class))
		.withBean(DispatchedReceiver.class);

	@Test
	void observesEveryReceiverCallWithAnObservationRegistry() {
		this.contextRunner.withBean(ObservationRegistry.class, TestObservationRegistry::create).run((context) -> {
			assertThat(context).hasSingleBean(ReceiverObservations.class);
			context.getBean(Signals.class).send(Dispatched.SIGNAL, this, new Dispatched(false));
			assertThat((TestObservationRegistry) context.getBean(ObservationRegistry.class))
				.hasSingleObservationThat()
				.hasNameEqualTo("signals.receiver.invocations")
				.hasContextualNameEqualTo("custom dispatched-receiver")
				.hasLowCardinalityKeyValue("signal.sender", getClass().getName())
				.hasLowCardinalityKeyValue("signal.receiver", "dispatched-receiver")
				.hasLowCardinalityKeyValue("outcome", "SUCCESS");
		});
	}

	@Test
	void aUserConventionReplacesTheDefaultOne() {
		this.contextRunner.withBean(ObservationRegistry.class, TestObservationRegistry::create)
			.withBean(ReceiverInvocationObservationConvention.class, RenamingConvention::new)
			.run((context) -> {
				context.getBean(Signals.class).send(Dispatched.SIGNAL, this, new Dispatched(false));
				assertThat((TestObservationRegistry) context.getBean(ObservationRegistry.class))
					.hasSingleObservationThat()
					.hasNameEqualTo("shop.receivers")
					.hasLowCardinalityKeyValue("team", "orders");
			});
	}

	@Test
	void failingReceiverIsObservedAndItsExceptionReachesTheCaller() {
		this.contextRunner.withBean(ObservationRegistry.class, TestObservationRegistry::create).run((context) -> {
			assertThatIllegalStateException()
				.isThrownBy(() -> context.getBean(Signals.class).send(Dispatched.SIGNAL, this, new Dispatched(true)))
				.withMessage("asked to fail");
			assertThat((TestObservationRegistry) context.getBean(ObservationRegistry.class))
				.hasSingleObservationThat()
				.hasLowCardinalityKeyValue("outcome", "ERROR")
				.hasLowCardinalityKeyValue("exception", "IllegalStateException")
				.assertThatError()
				.hasMessage("asked to fail");
		});
	}

	@Test
	void backsOffWithoutAnObservationRegistry() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(DeliveryObserver.class));
	}

	@Test
	void backsOffWithoutMicrometerObservation() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(ObservationRegistry.class)).run((context) -> {
			assertThat(context).hasNotFailed().doesNotHaveBean(DeliveryObserver.class);
			context.getBean(Signals.class).send(Dispatched.SIGNAL, this, new Dispatched(false));
		});
	}

	@Test
	void backsOffWhenSignalsAreDisabled() {
		this.contextRunner.withBean(ObservationRegistry.class, TestObservationRegistry::create)
			.withPropertyValues("signals.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(DeliveryObserver.class));
	}

	@Test
	void withTheNoopRegistryReceiversAreCalledWithoutObservations() {
		this.contextRunner.withBean(ObservationRegistry.class, () -> ObservationRegistry.NOOP).run((context) -> {
			assertThatIllegalStateException()
				.isThrownBy(() -> context.getBean(Signals.class).send(Dispatched.SIGNAL, this, new Dispatched(true)));
			assertThat(context.getBean(Signals.class).failureCounts()).isEmpty();
		});
	}

	static class RenamingConvention extends DefaultReceiverInvocationObservationConvention {

		@Override
		public String getName() {
			return "shop.receivers";
		}

		@Override
		public KeyValues getLowCardinalityKeyValues(ReceiverInvocationContext context) {
			return super.getLowCardinalityKeyValues(context).and("team", "orders");
		}

	}

}
