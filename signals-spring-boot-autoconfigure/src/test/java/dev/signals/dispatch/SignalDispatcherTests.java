package dev.signals.dispatch;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.signals.FailurePolicy;
import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.PreSave;
import dev.signals.SignalRecursionException;
import dev.signals.SignalType;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SignalDispatcherTests {

	private final List<Object> published = new ArrayList<>();

	private final ReceiverRegistry registry = new ReceiverRegistry(SignalSwitches.ALL_ON);

	private SignalDispatcher dispatcher(DeliveryOptions options) {
		return new SignalDispatcher(this.published::add, PendingWrites.NONE, options);
	}

	private static PostSave<String> save(String entity) {
		return new PostSave<>(entity, String.class, "default", false, true, Set.of(), Map.of(), Map.of());
	}

	private Receiver receiver(String id, Phase phase, ReceiverInvoker invoker) {
		Receiver receiver = new Receiver(id, id, EnumSet.of(SignalType.POST_SAVE), new Class<?>[] { String.class },
				phase, 0, invoker);
		this.registry.register(receiver);
		return receiver;
	}

	@Test
	void theSameSignalMayNestUpToTheConfiguredDepth() {
		SignalDispatcher dispatcher = dispatcher(DeliveryOptions.defaults().withMaxDepth(3));
		PostSave<String> signal = save("entity");
		List<Integer> depths = new ArrayList<>();
		receiver("again", Phase.IMMEDIATE, (sent) -> {
			depths.add(depths.size() + 1);
			dispatcher.dispatch(this.registry.route(SignalType.POST_SAVE, String.class), signal, null);
			return null;
		});

		assertThatExceptionOfType(SignalRecursionException.class)
			.isThrownBy(() -> dispatcher.dispatch(this.registry.route(SignalType.POST_SAVE, String.class), signal, null))
			.withMessageContaining("4 times (> signals.recursion.max-depth=3)")
			.withMessageContaining("again on POST_SAVE[String] -> again on POST_SAVE[String] -> again");
		assertThat(depths).containsExactly(1, 2, 3, 4);
	}

	@Test
	void anotherEntityIsNotRecursion() {
		SignalDispatcher dispatcher = dispatcher(DeliveryOptions.defaults());
		List<Object> seen = new ArrayList<>();
		receiver("other", Phase.IMMEDIATE, (sent) -> {
			seen.add(sent);
			if (seen.size() == 1) {
				dispatcher.dispatch(this.registry.route(SignalType.POST_SAVE, String.class), save("other"), null);
			}
			return null;
		});

		dispatcher.dispatch(this.registry.route(SignalType.POST_SAVE, String.class), save("first"), null);

		assertThat(seen).hasSize(2);
	}

	@Test
	void anotherTypeAboutTheSameEntityIsNotRecursion() {
		SignalDispatcher dispatcher = dispatcher(DeliveryOptions.defaults());
		String entity = "entity";
		List<Object> seen = new ArrayList<>();
		this.registry.register(new Receiver("both", "both", EnumSet.of(SignalType.PRE_SAVE, SignalType.POST_SAVE),
				new Class<?>[] { String.class }, Phase.IMMEDIATE, 0, (sent) -> {
					seen.add(sent);
					if (sent instanceof PostSave<?>) {
						dispatcher.dispatch(this.registry.route(SignalType.PRE_SAVE, String.class), new PreSave<>(entity,
								String.class, "default", false, true, Set.of(), Map.of(), Map.of()), null);
					}
					return null;
				}));

		dispatcher.dispatch(this.registry.route(SignalType.POST_SAVE, String.class), save(entity), null);

		assertThat(seen).hasSize(2);
	}

	@Test
	void signalsArePublishedOnlyWhereASpringListenerListens() {
		SignalDispatcher dispatcher = dispatcher(DeliveryOptions.defaults());
		this.registry.registerListenerInterest(new ListenerInterest(Set.of(SignalType.POST_SAVE), Integer.class));
		PostSave<Integer> listened = new PostSave<>(1, Integer.class, "default", false, true, Set.of(), Map.of(),
				Map.of());

		dispatcher.dispatch(this.registry.route(SignalType.POST_SAVE, String.class), save("unheard"), null);
		dispatcher.dispatch(this.registry.route(SignalType.POST_SAVE, Integer.class), listened, null);

		assertThat(this.published).containsExactly(listened);
	}

	@Test
	void theLogPolicyIsolatesAFailingImmediateReceiver() {
		SignalDispatcher dispatcher = dispatcher(
				DeliveryOptions.defaults().withFailurePolicy(Phase.IMMEDIATE, FailurePolicy.LOG));
		List<String> calls = new ArrayList<>();
		receiver("failing", Phase.IMMEDIATE, (sent) -> {
			throw new IllegalStateException("failing");
		});
		receiver("next", Phase.IMMEDIATE, (sent) -> calls.add("next"));

		dispatcher.dispatch(this.registry.route(SignalType.POST_SAVE, String.class), save("entity"), null);

		assertThat(calls).containsExactly("next");
		assertThat(dispatcher.failureCounts()).containsEntry("failing", 1L);
	}

	@Test
	void outsideATransactionAfterCommitRunsAtOnceAndAfterRollbackNever() {
		SignalDispatcher dispatcher = dispatcher(DeliveryOptions.defaults());
		List<String> calls = new ArrayList<>();
		receiver("commit", Phase.AFTER_COMMIT, (sent) -> calls.add("commit"));
		receiver("rollback", Phase.AFTER_ROLLBACK, (sent) -> calls.add("rollback"));

		assertThat(TransactionSynchronizationManager.isSynchronizationActive()).isFalse();
		dispatcher.dispatch(this.registry.route(SignalType.POST_SAVE, String.class), save("entity"), null);

		assertThat(calls).containsExactly("commit");
	}

	@Test
	void aRecursionDepthBelowOneIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> DeliveryOptions.defaults().withMaxDepth(0))
			.withMessageContaining("at least 1, but was 0");
	}

	@Test
	void aSecondReceiverWithTheSameIdIsRejected() {
		receiver("twice", Phase.IMMEDIATE, (sent) -> null);

		assertThatIllegalStateException().isThrownBy(() -> receiver("twice", Phase.IMMEDIATE, (sent) -> null))
			.withMessageContaining("'twice' is used twice");
	}

}
