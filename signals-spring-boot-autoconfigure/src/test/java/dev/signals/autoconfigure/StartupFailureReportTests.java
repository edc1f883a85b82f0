package dev.signals.autoconfigure;

import dev.signals.PostSave;
import dev.signals.SignalReceiver;
import dev.signals.Signals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Startup mistakes end a Spring Boot application with its "APPLICATION FAILED TO START"
 * report, which says what is wrong, where, and what to do.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureReportTests {

	@Test
	void aMisdeclaredReceiverIsReportedWithADescriptionAndAnAction(CapturedOutput output) {
		assertThat(startFails(MisdeclaredReceiverApplication.class)).isNotNull();

		String where = NotPublic.class.getName() + ".on";
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Description:\n\n@SignalReceiver method " + where + " is not public.")
			.contains("Action:\n\nDeclare " + where + " public.");
	}

	@Test
	void anEnabledValueThatIsNeitherTrueNorFalseIsReportedNamingThePropertyNotTheMissingSignalsBean(
			CapturedOutput output) {
		assertThat(startFails(SignalsUserApplication.class, "--signals.enabled=maybe")).isNotNull();

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Property: signals.enabled")
			.contains("Value: \"maybe\"")
			.doesNotContain("required a bean of type 'dev.signals.Signals'");
	}

	@Test
	void aRecursionDepthBelowOneIsReportedNamingThePropertyAndTheRule(CapturedOutput output) {
		assertThat(startFails(SignalsUserApplication.class, "--signals.recursion.max-depth=0")).isNotNull();

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Property: signals.recursion.max-depth")
			.contains("Value: \"0\"")
			.contains("must be at least 1");
	}

	@Test
	void anUnknownFailurePolicyIsReportedNamingThePropertyAndTheValue(CapturedOutput output) {
		assertThat(startFails(SignalsUserApplication.class, "--signals.failure-policy.immediate=sometimes"))
			.isNotNull();

		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("Property: signals.failure-policy.immediate")
			.contains("Value: \"sometimes\"");
	}

	private static Throwable startFails(Class<?> application, String... args) {
		return catchThrowable(() -> new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.run(args)
			.close());
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ SignalsAutoConfiguration.class, DisabledSignalsAutoConfiguration.class,
			SignalsPropertiesAutoConfiguration.class })
	static class SignalsApplication {

	}

	@Configuration(proxyBeanMethods = false)
	static class MisdeclaredReceiverApplication extends SignalsApplication {

		@Bean
		NotPublic notPublic() {
			return new NotPublic();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class SignalsUserApplication extends SignalsApplication {

		@Bean
		SignalsUser signalsUser(Signals signals) {
			return new SignalsUser(signals);
		}

	}

	record SignalsUser(Signals signals) {
	}

	static class NotPublic {

		@SignalReceiver
		void on(PostSave<String> signal) {
		}

	}

}
