package dev.signals.dispatch;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.SignalType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DeliveryObserverTests {

	private final List<String> events = new ArrayList<>();

	private final ReceiverRegistry registry = new ReceiverRegistry(SignalSwitches.ALL_ON);

	@AfterEach
	void clearSynchronization() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.clear();
		}
	}

	@Test
	void observerIsToldOfEachSignalAndIsCalledAroundEachReceiver() {
		SignalDispatcher dispatcher = dispatcher(new Recording("observer"));
		receiver("first", Phase.IMMEDIATE, (signal) -> this.events.add("first ran"));
		receiver("second", Phase.IMMEDIATE, (signal) -> this.events.add("second ran"));

		dispatcher.dispatch(route(), save("entity"), null);

		assertThat(this.events).containsExactly("observer sent POST_SAVE[String]", "observer before first",
				"first ran", "observer after first", "observer before second", "second ran", "observer after second");
	}

	@Test
	void receiversExceptionReachesTheObserverAndTheCallerUnchanged() {
		SignalDispatcher dispatcher = dispatcher(new Recording("observer"));
		IllegalStateException failure = new IllegalStateException("refused");
		receiver("failing", Phase.IMMEDIATE, (signal) -> {
			throw failure;
		});

		assertThatIllegalStateException().isThrownBy(() -> dispatcher.dispatch(route(), save("entity"), null))
			.isSameAs(failure);
		assertThat(this.events).containsExactly("observer sent POST_SAVE[String]", "observer before failing",
				"observer failed failing: refused");
	}

	@Test
	void deferredReceiversAreObservedWhenTheyRunAndTheTransactionReportsWhatItQueued() {
		SignalDispatcher dispatcher = dispatcher(new Recording("observer"));
		receiver("later", Phase.AFTER_COMMIT, (signal) -> this.events.add("later ran"));
		TransactionSynchronizationManager.initSynchronization();

		dispatcher.dispatch(route(), save("one"), null);
		dispatcher.dispatch(route(), save("two"), null);
		assertThat(this.events).containsExactly("observer sent POST_SAVE[String]", "observer sent POST_SAVE[String]");
		List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
		TransactionSynchronizationManager.clear();
		synchronizations.forEach((synchronization) -> synchronization
			.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));

		assertThat(this.events).endsWith("observer completed 2", "observer before later", "later ran",
				"observer after later", "observer before later", "later ran", "observer after later");
	}

	@Test
	void severalObserversNestInTheirOrder() {
		DeliveryObserver both = DeliveryObserver.of(List.of(new Recording("outer"), new Recording("inner")));
		SignalDispatcher dispatcher = dispatcher(both);
		receiver("only", Phase.IMMEDIATE, (signal) -> this.events.add("only ran"));

		dispatcher.dispatch(route(), save("entity"), null);

		assertThat(this.events).containsExactly("outer sent POST_SAVE[String]", "inner sent POST_SAVE[String]",
				"outer before only", "inner before only", "only ran", "inner after only", "outer after only");
	}

	@Test
	void anObserverThatFailsWhenToldOfASignalDoesNotStopTheDelivery() {
		SignalDispatcher dispatcher = dispatcher(new DeliveryObserver() {
			@Override
			public void signalSent(Object signal) {
				throw new IllegalStateException("broken observer");
			}
		});
		receiver("still", Phase.IMMEDIATE, (signal) -> this.events.add("still ran"));

		dispatcher.dispatch(route(), save("entity"), null);

		assertThat(this.events).containsExactly("still ran");
	}

	@Test
	void noObserversIsNone() {
		assertThat(DeliveryObserver.of(List.of())).isNull();
	}

	private SignalDispatcher dispatcher(@Nullable DeliveryObserver observer) {
		return new SignalDispatcher((event) -> {
		}, PendingWrites.NONE, DeliveryOptions.defaults().withObserver(observer));
	}

	private Route route() {
		return this.registry.route(SignalType.POST_SAVE, String.class);
	}

	private static PostSave<String> save(String entity) {
		return new PostSave<>(entity, String.class, "default", false, true, Set.of(), Map.of(), Map.of());
	}

	private void receiver(String id, Phase phase, Consumer<Object> work) {
		this.registry.register(new Receiver(id, id, EnumSet.of(SignalType.POST_SAVE), new Class<?>[] { String.class },
				phase, 0, (signal) -> {
					work.accept(signal);
					return null;
				}));
	}

	private final class Recording implements DeliveryObserver {

		private final String name;

		Recording(String name) {
			this.name = name;
		}

		@Override
		public void signalSent(Object signal) {
			DeliveryObserverTests.this.events.add(this.name + " sent " + signal);
		}

		@Override
		public @Nullable Object receive(Receiver receiver, Object signal, Invocation invocation) {
			DeliveryObserverTests.this.events.add(this.name + " before " + receiver.id());
			try {
				Object value = invocation.proceed(receiver, signal);
				DeliveryObserverTests.this.events.add(this.name + " after " + receiver.id());
				return value;
			}
			catch (RuntimeException ex) {
				DeliveryObserverTests.this.events.add(this.name + " failed " + receiver.id() + ": " + ex.getMessage());
				throw ex;
			}
		}

		@Override
		public void transactionCompleted(int deliveries) {
			DeliveryObserverTests.this.events.add(this.name + " completed " + deliveries);
		}

	}

}
