package dev.signals.autoconfigure;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.signals.Phase;
import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;
import dev.signals.SignalType;
import dev.signals.dispatch.Receiver;
import dev.signals.dispatch.ReceiverDeclaration;
import dev.signals.dispatch.ReceiverMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The startup map of receivers: its INFO lines and DEBUG messages, and its switch.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReceiversStartupReportTests {

	private static final Set<String> SWITCHED_OFF = Set.of("audit");

	private static final Set<SignalType> ALL_TYPES = EnumSet.allOf(SignalType.class);

	private final ReceiverMap map = ReceiverMap.of(List.of(
			receiver("slug", Phase.IMMEDIATE, 1, EnumSet.of(SignalType.PRE_SAVE), String.class,
					new ReceiverDeclaration("com.example.Receivers.slug", List.of("title"), "", List.of(), false)),
			receiver("audit", Phase.IMMEDIATE, Integer.MAX_VALUE, EnumSet.of(SignalType.PRE_SAVE, SignalType.POST_SAVE),
					CharSequence.class, null),
			receiver("index", Phase.AFTER_COMMIT, Integer.MAX_VALUE, EnumSet.of(SignalType.POST_SAVE), String.class,
					new ReceiverDeclaration("com.example.Receivers.index", List.of(), "created", List.of(), true)),
			receiver("notify", Phase.AFTER_COMMIT, Integer.MAX_VALUE, EnumSet.of(SignalType.CUSTOM), Long.class, null)),
			List.of(String.class, Integer.class));

	@Test
	void infoHasOneLinePerEntityWithItsReceiversBySignalAndPhase() {
		assertThat(ReceiversStartupReport.summary(this.map, ALL_TYPES, (id) -> !SWITCHED_OFF.contains(id)))
			.containsExactly(
					"Signal receivers by entity and signal (signals.startup-report=false turns this off; DEBUG on "
							+ "dev.signals.autoconfigure.ReceiversStartupReport lists each receiver):",
					"String: PRE_SAVE IMMEDIATE[slug, audit (off)]; POST_SAVE IMMEDIATE[audit (off)] AFTER_COMMIT[index]",
					"Long (custom signal): AFTER_COMMIT[notify]", "No receivers: Integer");
	}

	@Test
	void infoLeavesOutTheSignalTypesSwitchedOffAndNamesThem() {
		Set<SignalType> typesOn = EnumSet.complementOf(EnumSet.of(SignalType.PRE_SAVE, SignalType.PRE_INIT));
		assertThat(ReceiversStartupReport.summary(this.map, typesOn, (id) -> true)).contains(
				"String: POST_SAVE IMMEDIATE[audit] AFTER_COMMIT[index]",
				"Switched off by signals.types: PRE_INIT, PRE_SAVE");
		assertThat(ReceiversStartupReport.details(this.map, typesOn, (id) -> true).get(0))
			.contains("  PRE_SAVE (switched off by signals.types)\n    IMMEDIATE slug");
	}

	@Test
	void debugHasEveryReceiverWithItsMethodAndAttributes() {
		assertThat(ReceiversStartupReport.details(this.map, ALL_TYPES, (id) -> !SWITCHED_OFF.contains(id))).containsExactly("""
				Signal receivers of java.lang.String:
				  PRE_SAVE
				    IMMEDIATE slug: com.example.Receivers.slug, order 1, field [title]
				    IMMEDIATE audit: connected audit, switched off
				  POST_SAVE
				    IMMEDIATE audit: connected audit, switched off
				    AFTER_COMMIT index: com.example.Receivers.index, condition "created", @Async""", """
				Receivers of custom signals of java.lang.Long:
				  CUSTOM
				    AFTER_COMMIT notify: connected notify""");
	}

	@Test
	void requestReceiversAreListedByTheirKindNotUnderEveryEntity() {
		ReceiverMap map = ReceiverMap.of(List.of(receiver("requests", Phase.IMMEDIATE, 0,
				EnumSet.of(SignalType.REQUEST_STARTED, SignalType.REQUEST_FINISHED), null, null)),
				List.of(String.class));

		assertThat(map.entities().get(String.class)).isEmpty();
		assertThat(ReceiversStartupReport.summary(map, ALL_TYPES, (id) -> true)).contains(
				"RequestSignal: REQUEST_STARTED IMMEDIATE[requests]; REQUEST_FINISHED IMMEDIATE[requests]",
				"No receivers: String");
	}

	@Test
	void noReceiversIsOneLine() {
		assertThat(ReceiversStartupReport.summary(ReceiverMap.of(List.of(), List.of()), ALL_TYPES, (id) -> true))
			.containsExactly("No signal receivers (signals.startup-report=false turns this report off)");
	}

	@Test
	void reportIsLoggedAtStartupByDefault(CapturedOutput output) {
		contextRunner().run((context) -> assertThat(context).hasSingleBean(ReceiversStartupReport.class));
		assertThat(output).contains("Long (custom signal): IMMEDIATE[ReceiversStartupReportTests.StartupReceivers.onNumber]");
	}

	@Test
	void reportCanBeSwitchedOff(CapturedOutput output) {
		contextRunner().withPropertyValues("signals.startup-report=false")
			.run((context) -> assertThat(context).doesNotHaveBean(ReceiversStartupReport.class));
		assertThat(output).doesNotContain("(custom signal)");
	}

	private static ApplicationContextRunner contextRunner() {
		return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SignalsAutoConfiguration.class))
			.withBean(StartupReceivers.class);
	}

	private static Receiver receiver(String id, Phase phase, int order, Set<SignalType> types, Class<?> sender,
			ReceiverDeclaration declaration) {
		Receiver receiver = new Receiver(id, "connected " + id, types,
				(sender != null) ? new Class<?>[] { sender } : new Class<?>[0], phase, order, (signal) -> null);
		return (declaration != null) ? receiver.withDeclaration(declaration) : receiver;
	}

	static class StartupReceivers {

		@SignalReceiver
		public void onNumber(SignalEvent<Long> event) {
		}

	}

}
