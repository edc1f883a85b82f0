package dev.signals.actuate;

import java.util.List;

import dev.signals.Phase;
import dev.signals.SignalType;
import dev.signals.Signals;
import dev.signals.actuate.SignalsEndpoint.ReceiverDescriptor;
import dev.signals.actuate.SignalsEndpoint.SignalsDescriptor;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.annotation.AnnotationUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SignalsEndpointAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, SignalsEndpointAutoConfiguration.class))
		.withBean(DispatchedReceivers.class);

	@Test
	void endpointIsThereWhenExposed() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=signals")
			.run((context) -> assertThat(context).hasSingleBean(SignalsEndpoint.class));
	}

	@Test
	void endpointIsNotThereWhenNotExposed() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(SignalsEndpoint.class));
	}

	@Test
	void endpointIsNotThereWhenItsAccessIsNone() {
		this.contextRunner
			.withPropertyValues("management.endpoints.web.exposure.include=signals",
					"management.endpoint.signals.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(SignalsEndpoint.class));
	}

	@Test
	void endpointIsNotThereWithoutActuator() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=signals")
			.withClassLoader(new FilteredClassLoader(Endpoint.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(SignalsEndpoint.class));
	}

	@Test
	void endpointIsNotThereWhenSignalsAreDisabled() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=signals", "signals.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(SignalsEndpoint.class));
	}

	@Test
	void endpointIsReadOnlyByDefault() {
		assertThat(AnnotationUtils.findAnnotation(SignalsEndpoint.class, Endpoint.class).defaultAccess())
			.isEqualTo(Access.READ_ONLY);
	}

	@Test
	void describesEveryReceiverWithItsDeclarationSwitchAndFailures() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=signals",
				"signals.receivers.dispatched-later=false")
			.run((context) -> {
				context.getBean(Signals.class).sendRobust(Dispatched.SIGNAL, this, new Dispatched(true));
				SignalsDescriptor descriptor = context.getBean(SignalsEndpoint.class).signals();
				assertThat(descriptor.entities()).isEmpty();
				assertThat(descriptor.disabledSignalTypes()).isEmpty();
				List<ReceiverDescriptor> receivers = descriptor.customSignals().get(Dispatched.class.getName());
				assertThat(receivers).extracting(ReceiverDescriptor::id)
					.containsExactly("dispatched-receiver", "dispatched-later");
				ReceiverDescriptor receiver = receivers.get(0);
				assertThat(receiver.method()).isEqualTo(DispatchedReceivers.class.getName() + ".receive");
				assertThat(receiver.description()).isEqualTo("DispatchedReceivers.receive");
				assertThat(receiver.signals()).containsExactly(SignalType.CUSTOM);
				assertThat(receiver.senders()).containsExactly(Dispatched.class.getName());
				assertThat(receiver.phase()).isEqualTo(Phase.IMMEDIATE);
				assertThat(receiver.order()).isEqualTo(5);
				assertThat(receiver.fields()).isEmpty();
				assertThat(receiver.condition()).isEqualTo("payload != null");
				assertThat(receiver.async()).isFalse();
				assertThat(receiver.enabled()).isTrue();
				assertThat(receiver.failures()).isOne();
				ReceiverDescriptor later = receivers.get(1);
				assertThat(later.async()).isTrue();
				assertThat(later.enabled()).isFalse();
				assertThat(later.phase()).isEqualTo(Phase.AFTER_COMMIT);
				assertThat(later.condition()).isNull();
				assertThat(context.getBean(SignalsEndpoint.class).receiver("dispatched-later")).isEqualTo(later);
				assertThat(context.getBean(SignalsEndpoint.class).receiver("nobody")).isNull();
			});
	}

	@Test
	void switchesReceiversAtRunTime() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=signals",
				"signals.receivers.dispatched-later=false")
			.run((context) -> {
				SignalsEndpoint endpoint = context.getBean(SignalsEndpoint.class);
				DispatchedReceivers receivers = context.getBean(DispatchedReceivers.class);
				Signals signals = context.getBean(Signals.class);

				assertThat(endpoint.switchReceiver("dispatched-receiver", false).enabled()).isFalse();
				assertThat(endpoint.switchReceiver("DISPATCHED-LATER", true).enabled()).isTrue();
				signals.send(Dispatched.SIGNAL, this, new Dispatched(false));
				assertThat(receivers.received).containsExactly("dispatched-later");

				endpoint.switchReceiver("dispatched-receiver", true);
				signals.send(Dispatched.SIGNAL, this, new Dispatched(false));
				assertThat(receivers.received).containsExactly("dispatched-later", "dispatched-receiver",
						"dispatched-later");
				assertThat(signals.hasListeners(Dispatched.SIGNAL)).isTrue();
			});
	}

	@Test
	void switchingAnUnknownReceiverIsABadRequestNamingTheIds() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=signals")
			.run((context) -> assertThatExceptionOfType(InvalidEndpointRequestException.class)
				.isThrownBy(() -> context.getBean(SignalsEndpoint.class).switchReceiver("nobody", false))
				.withMessage("No signal receiver has the id 'nobody'. Receiver ids are [dispatched-later, "
						+ "dispatched-receiver]."));
	}

}
