package dev.signals.autoconfigure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.signals.Phase;
import dev.signals.SignalType;
import dev.signals.dispatch.Receiver;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.dispatch.SignalSwitches;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Switching receivers at run time changes the state that {@code signals.receivers.<id>}
 * sets, and the cached routes follow at once.
 */
class RuntimeReceiverSwitchTests {

	@Test
	void receiverSwitchedOffByPropertyCanBeSwitchedOnAndOffAgain() {
		ReceiverRegistry registry = registry(Map.of("Receivers.audit", false), "Receivers.audit",
				"Receivers.index");
		assertThat(routedIds(registry)).containsExactly("Receivers.index");
		assertThat(registry.isReceiverEnabled("Receivers.audit")).isFalse();

		registry.switchReceiver("Receivers.audit", true);
		assertThat(routedIds(registry)).containsExactly("Receivers.audit", "Receivers.index");
		assertThat(registry.isReceiverEnabled("Receivers.audit")).isTrue();

		registry.switchReceiver("Receivers.index", false);
		assertThat(routedIds(registry)).containsExactly("Receivers.audit");
	}

	@Test
	void switchingMatchesIdsIgnoringCaseAsThePropertyDoes() {
		ReceiverRegistry registry = registry(Map.of(), "Activity-Log");
		registry.switchReceiver("activity-log", false);
		assertThat(routedIds(registry)).isEmpty();
		assertThat(registry.isReceiverEnabled("ACTIVITY-LOG")).isFalse();
	}

	@Test
	void switchingAnUnknownIdFailsNamingTheIds() {
		ReceiverRegistry registry = registry(Map.of(), "b", "a");
		assertThatIllegalArgumentException().isThrownBy(() -> registry.switchReceiver("c", false))
			.withMessage("No signal receiver has the id 'c'. Receiver ids are [a, b].");
	}

	@Test
	void fixedSwitchesCannotBeChanged() {
		ReceiverRegistry registry = new ReceiverRegistry(SignalSwitches.ALL_ON);
		registry.register(receiver("a"));
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> registry.switchReceiver("a", false));
	}

	@Test
	void concurrentSwitchesEndInTheLastStateOfEachReceiver() throws Exception {
		String[] ids = { "r0", "r1", "r2", "r3" };
		ReceiverRegistry registry = registry(Map.of(), ids);
		ExecutorService threads = Executors.newFixedThreadPool(ids.length + 1);
		try {
			List<Future<?>> work = new ArrayList<>();
			for (String id : ids) {
				work.add(threads.submit(() -> {
					for (int i = 0; i < 2000; i++) {
						registry.switchReceiver(id, i % 2 == 1);
					}
				}));
			}
			work.add(threads.submit(() -> {
				for (int i = 0; i < 20_000; i++) {
					registry.route(SignalType.POST_SAVE, String.class);
				}
			}));
			for (Future<?> future : work) {
				future.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(routedIds(registry)).containsExactly(ids);
	}

	private static ReceiverRegistry registry(Map<String, Boolean> switches, String... ids) {
		SignalsProperties properties = new SignalsProperties();
		properties.getReceivers().putAll(switches);
		ReceiverRegistry registry = new ReceiverRegistry(new PropertiesSignalSwitches(properties));
		for (String id : ids) {
			registry.register(receiver(id));
		}
		return registry;
	}

	private static Receiver receiver(String id) {
		return new Receiver(id, id, EnumSet.of(SignalType.POST_SAVE), new Class<?>[] { String.class },
				Phase.IMMEDIATE, 0, (signal) -> null);
	}

	private static List<String> routedIds(ReceiverRegistry registry) {
		return registry.route(SignalType.POST_SAVE, String.class).receivers().stream().map(Receiver::id).toList();
	}

}
