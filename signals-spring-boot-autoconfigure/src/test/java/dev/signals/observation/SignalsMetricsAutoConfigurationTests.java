package dev.signals.observation;

import dev.signals.Signals;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.dispatch.DeliveryObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class SignalsMetricsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, SignalsMetricsAutoConfiguration.class))
		.withBean(DispatchedReceiver.class);

	@Test
	void countsTheSignalsSentByTypeAndSender() {
		this.contextRunner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
			assertThat(context).hasSingleBean(SignalMeters.class);
			Signals signals = context.getBean(Signals.class);
			signals.send(Dispatched.SIGNAL, this, new Dispatched(false));
			signals.send(Dispatched.SIGNAL, this, new Dispatched(false));
			MeterRegistry meters = context.getBean(MeterRegistry.class);
			assertThat(meters.get("signals.sent")
				.tag("signal.type", "CUSTOM")
				.tag("signal.sender", getClass().getName())
				.counter()
				.count()).isEqualTo(2);
			assertThat(meters.get("signals.transaction.queue.depth").summary().count()).isZero();
		});
	}

	@Test
	void backsOffWithoutAMeterRegistry() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(DeliveryObserver.class));
	}

	@Test
	void backsOffWithoutMicrometerCore() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(DeliveryObserver.class));
	}

	@Test
	void backsOffWhenSignalsAreDisabled() {
		this.contextRunner.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues("signals.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(DeliveryObserver.class));
	}

}
