package dev.signals.web;

import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.dispatch.SignalDispatcher;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;

import static org.assertj.core.api.Assertions.assertThat;

class RequestSignalsAutoConfigurationTests {

	private final WebApplicationContextRunner contextRunner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class, RequestSignalsAutoConfiguration.class));

	@Test
	void registersTheFilterInAServletWebApplication() {
		this.contextRunner.run((context) -> assertThat(context).hasSingleBean(RequestSignalsFilter.class)
			.getBean(RequestSignalsFilter.class)
			.satisfies((filter) -> assertThat(filter.getOrder()).isEqualTo(RequestSignalsFilter.ORDER)));
	}

	@Test
	void registersTheFilterWhenSignalsAreExplicitlyEnabled() {
		this.contextRunner.withPropertyValues("signals.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(RequestSignalsFilter.class));
	}

	@Test
	void backsOffWhenSignalsAreDisabled() {
		this.contextRunner.withPropertyValues("signals.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(RequestSignalsFilter.class));
	}

	@Test
	void backsOffOutsideAWebApplication() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(SignalsAutoConfiguration.class, RequestSignalsAutoConfiguration.class))
			.run((context) -> assertThat(context).hasSingleBean(ReceiverRegistry.class)
				.doesNotHaveBean(RequestSignalsFilter.class));
	}

	@Test
	void backsOffWithoutSpringMvc() {
		this.contextRunner.withClassLoader(new FilteredClassLoader(DispatcherServlet.class))
			.run((context) -> assertThat(context).hasSingleBean(ReceiverRegistry.class)
				.doesNotHaveBean(RequestSignalsFilter.class));
	}

	@Test
	void aUserDefinedFilterTakesPrecedence() {
		this.contextRunner.withUserConfiguration(UserFilterConfiguration.class)
			.run((context) -> assertThat(context).hasSingleBean(RequestSignalsFilter.class)
				.hasBean("userRequestSignalsFilter"));
	}

	@Configuration(proxyBeanMethods = false)
	static class UserFilterConfiguration {

		@Bean
		RequestSignalsFilter userRequestSignalsFilter(ReceiverRegistry registry, SignalDispatcher dispatcher) {
			return new RequestSignalsFilter(registry, dispatcher);
		}

	}

}
