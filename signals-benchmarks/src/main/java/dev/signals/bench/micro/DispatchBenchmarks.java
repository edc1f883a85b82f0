package dev.signals.bench.micro;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import dev.signals.PostSave;
import dev.signals.SignalType;
import dev.signals.dispatch.AnnotatedReceivers;
import dev.signals.dispatch.DeliveryObserver;
import dev.signals.dispatch.DeliveryOptions;
import dev.signals.dispatch.PendingWrites;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.dispatch.Route;
import dev.signals.dispatch.SignalDispatcher;
import dev.signals.dispatch.SignalSwitches;
import dev.signals.observation.BenchObservers;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Delivering one post-save of a post to its receivers, without a database: through the
 * signals dispatch path (route look-up, then the signal and its delivery only when the route
 * is not empty, as the Hibernate listeners do), through a direct method call, and through
 * Spring's {@code publishEvent} to one {@code @EventListener}. Each operation builds its
 * signal or event, as a write does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DispatchBenchmarks {

	/**
	 * Call the receiver method directly: the floor.
	 * @param state the receiver and the post
	 */
	@Benchmark
	public void directCall(Direct state) {
		state.receiver.onPost(postSave(state.post));
	}

	/**
	 * Publish an application event to one {@code @EventListener}.
	 * @param state the application context and the post
	 */
	@Benchmark
	public void springPublishEvent(Spring state) {
		state.context.publishEvent(new PostSavedEvent(state.post, true));
	}

	/**
	 * Send a post-save through the signals dispatch path.
	 * @param state the registry, the dispatcher and the post
	 * @return the route, so that its look-up is not optimized away
	 */
	@Benchmark
	public Route signalDispatch(Signals state) {
		Route route = state.registry.route(SignalType.POST_SAVE, state.entityClass);
		if (!route.isEmpty()) {
			state.dispatcher.dispatch(route, postSave(state.post), null);
		}
		return route;
	}

	/**
	 * Send a post-save to one receiver through a dispatcher with no observation registry,
	 * one without handlers, or one whose handler records a timer in a
	 * {@code SimpleMeterRegistry} (as Spring Boot's default meter handler does).
	 * @param state the registry, the dispatcher and the post
	 * @return the route, so that its look-up is not optimized away
	 */
	@Benchmark
	public Route observedDispatch(Observed state) {
		Route route = state.registry.route(SignalType.POST_SAVE, MicroPost.class);
		state.dispatcher.dispatch(route, postSave(state.post), null);
		return route;
	}

	private static PostSave<MicroPost> postSave(MicroPost post) {
		return new PostSave<>(post, MicroPost.class, "default", false, true, Set.of(), Map.of(), Map.of());
	}

	/**
	 * A receiver called directly.
	 */
	@State(Scope.Thread)
	public static class Direct {

		final MicroPost post = new MicroPost("hello");

		final CountingReceiver receiver = new CountingReceiver();

	}

	/**
	 * An application context with one {@code @EventListener} bean.
	 */
	@State(Scope.Thread)
	public static class Spring {

		final MicroPost post = new MicroPost("hello");

		AnnotationConfigApplicationContext context;

		/**
		 * Start the context.
		 */
		@Setup
		public void start() {
			this.context = new AnnotationConfigApplicationContext(CountingEventListener.class);
		}

		/**
		 * Check that the listener was called, and close the context.
		 */
		@TearDown
		public void stop() {
			if (this.context.getBean(CountingEventListener.class).received() == 0) {
				throw new IllegalStateException("The @EventListener was never called");
			}
			this.context.close();
		}

	}

	/**
	 * A receiver registry with one receiver of posts and a dispatcher observed by an
	 * observation registry: none, one without handlers (no-op), or one with a meter handler.
	 */
	@State(Scope.Thread)
	public static class Observed {

		/** Which observation registry. */
		@Param({ "none", "noop", "meters" })
		public String observation;

		final MicroPost post = new MicroPost("hello");

		final CountingReceiver receiver = new CountingReceiver();

		final ReceiverRegistry registry = new ReceiverRegistry(SignalSwitches.ALL_ON);

		final SimpleMeterRegistry meters = new SimpleMeterRegistry();

		SignalDispatcher dispatcher;

		/**
		 * Register the receiver and build the dispatcher.
		 */
		@Setup
		public void register() {
			this.registry.register(AnnotatedReceivers.of(this.receiver, "onPost", "receiver"));
			DeliveryObserver observer = null;
			if (!this.observation.equals("none")) {
				ObservationRegistry observations = ObservationRegistry.create();
				if (this.observation.equals("meters")) {
					observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(this.meters));
				}
				observer = BenchObservers.receiverObservations(observations, (entity) -> 42L);
			}
			this.dispatcher = new SignalDispatcher((event) -> {
				throw new IllegalStateException("No Spring listener listens to model signals here");
			}, PendingWrites.NONE, DeliveryOptions.defaults().withObserver(observer));
		}

		/**
		 * Check that the receiver was called, and timed exactly when a meter handler is there.
		 */
		@TearDown
		public void check() {
			Timer timer = this.meters.find("signals.receiver.invocations").tag("signal.receiver", "receiver").timer();
			long timed = (timer != null) ? timer.count() : 0;
			if (this.receiver.received() == 0 || (timed > 0) != this.observation.equals("meters")) {
				throw new IllegalStateException("Observation " + this.observation + ": " + this.receiver.received()
						+ " signals received, " + timed + " timed");
			}
		}

	}

	/**
	 * A receiver registry and a dispatcher, with 0, 1 or 10 receivers of posts, or with 10
	 * receivers of authors only.
	 */
	@State(Scope.Thread)
	public static class Signals {

		private static final String OTHER_ENTITY = "-other-entity";

		/** How many receivers, and of which entity. */
		@Param({ "0", "1", "10", "10" + OTHER_ENTITY })
		public String receivers;

		final MicroPost post = new MicroPost("hello");

		Class<?> entityClass = MicroPost.class;

		final CountingReceiver receiver = new CountingReceiver();

		final ReceiverRegistry registry = new ReceiverRegistry(SignalSwitches.ALL_ON);

		final SignalDispatcher dispatcher = new SignalDispatcher((event) -> {
			throw new IllegalStateException("No Spring listener listens to model signals here");
		}, PendingWrites.NONE, DeliveryOptions.defaults());

		private boolean postsReceived;

		/**
		 * Register the receivers.
		 */
		@Setup
		public void register() {
			this.postsReceived = !this.receivers.endsWith(OTHER_ENTITY);
			String method = this.postsReceived ? "onPost" : "onAuthor";
			int count = Integer.parseInt(this.receivers.replace(OTHER_ENTITY, ""));
			for (int i = 0; i < count; i++) {
				this.registry.register(AnnotatedReceivers.of(this.receiver, method, "receiver-" + i));
			}
			this.postsReceived &= count > 0;
		}

		/**
		 * Check that the receivers were called exactly when they should be.
		 */
		@TearDown
		public void check() {
			if ((this.receiver.received() > 0) != this.postsReceived) {
				throw new IllegalStateException(
						"Receivers " + this.receivers + " received " + this.receiver.received() + " signals");
			}
		}

	}

}
