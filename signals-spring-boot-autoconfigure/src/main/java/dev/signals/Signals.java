package dev.signals;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The dispatcher (Django's {@code Signal} methods and more): send custom signals, connect
 * and disconnect receivers at run time, ask whether anyone listens, and run work in raw or
 * muted scopes. Inject it as a bean.
 *
 * @since 0.1.0
 */
public interface Signals {

	/**
	 * Send a custom signal (Django's {@code send}): immediate receivers run now, in order; the
	 * first exception propagates (unless the failure policy of the receiver's phase is
	 * {@code log}) and the receivers after it do not run. Receivers of later phases are queued
	 * on the current transaction; outside a transaction they run at once (after-rollback
	 * receivers never do).
	 * @param <P> the payload type
	 * @param signal the signal
	 * @param sender the object that sends it
	 * @param payload the payload
	 * @return one response per receiver, in order
	 */
	<P> List<SignalResponse> send(Signal<P> signal, Object sender, P payload);

	/**
	 * Send a custom signal, calling every receiver even when some fail (Django's
	 * {@code send_robust}); each failure is logged with the receiver's id and returned.
	 * @param <P> the payload type
	 * @param signal the signal
	 * @param sender the object that sends it
	 * @param payload the payload
	 * @return one response per receiver, with its result or its exception
	 */
	<P> List<SignalResponse> sendRobust(Signal<P> signal, Object sender, P payload);

	/**
	 * Connect an immediate receiver of model signals (Django's {@code connect}). Connecting
	 * again with an id that is already connected keeps the first receiver
	 * ({@code dispatch_uid}).
	 * @param <T> the entity class
	 * @param type a model signal type
	 * @param sender the entity class (and subclasses) to receive signals of, {@code null} for all
	 * @param receiver the receiver
	 * @param id the receiver's unique id
	 * @return the connection
	 */
	default <T> SignalConnection connect(SignalType type, @Nullable Class<T> sender,
			Consumer<? super ModelSignal<T>> receiver, String id) {
		return connect(type, sender, receiver, id, Phase.IMMEDIATE);
	}

	/**
	 * Connect a receiver of model signals that runs in the given phase.
	 * @param <T> the entity class
	 * @param type a model signal type
	 * @param sender the entity class (and subclasses) to receive signals of, {@code null} for all
	 * @param receiver the receiver
	 * @param id the receiver's unique id
	 * @param phase when the receiver runs
	 * @return the connection
	 */
	<T> SignalConnection connect(SignalType type, @Nullable Class<T> sender, Consumer<? super ModelSignal<T>> receiver,
			String id, Phase phase);

	/**
	 * Connect an immediate receiver of a custom signal; what it returns is its response.
	 * @param <P> the payload type
	 * @param signal the signal
	 * @param sender the class of the senders to receive from (and subclasses), {@code null}
	 * for all
	 * @param receiver the receiver
	 * @param id the receiver's unique id
	 * @return the connection
	 */
	default <P> SignalConnection connect(Signal<P> signal, @Nullable Class<?> sender,
			Function<? super SignalEvent<P>, ?> receiver, String id) {
		return connect(signal, sender, receiver, id, Phase.IMMEDIATE);
	}

	/**
	 * Connect a receiver of a custom signal that runs in the given phase.
	 * @param <P> the payload type
	 * @param signal the signal
	 * @param sender the class of the senders to receive from (and subclasses), {@code null}
	 * for all
	 * @param receiver the receiver
	 * @param id the receiver's unique id
	 * @param phase when the receiver runs
	 * @return the connection
	 */
	<P> SignalConnection connect(Signal<P> signal, @Nullable Class<?> sender,
			Function<? super SignalEvent<P>, ?> receiver, String id, Phase phase);

	/**
	 * Disconnect a receiver by id (Django's {@code disconnect(dispatch_uid=...)}); works for
	 * annotated receivers too.
	 * @param id the receiver's id
	 * @return whether a receiver was removed
	 */
	boolean disconnect(String id);

	/**
	 * Whether any receiver or Spring listener receives a model signal type for an entity
	 * class (Django's {@code has_listeners}).
	 * @param type the signal type
	 * @param sender the entity class
	 * @return whether the signal would reach anyone
	 */
	boolean hasListeners(SignalType type, Class<?> sender);

	/**
	 * Whether sending a custom signal would reach anyone: an annotated receiver or a Spring
	 * listener of its payload type (they receive every signal of that type), or a receiver
	 * connected to this very signal.
	 * @param signal the signal
	 * @return whether sending it would reach anyone
	 */
	boolean hasListeners(Signal<?> signal);

	/**
	 * Run work whose writes send signals with {@code raw() == true}, as Django does while
	 * loading fixtures. Writes are flushed before the scope ends; scopes are per thread and
	 * nest.
	 * @param <T> the result type
	 * @param work the work
	 * @return what the work returned
	 */
	<T> T raw(Supplier<T> work);

	/**
	 * Run work whose writes send signals with {@code raw() == true}.
	 * @param work the work
	 */
	default void raw(Runnable work) {
		raw(() -> {
			work.run();
			return null;
		});
	}

	/**
	 * Run work whose writes send no model signals at all, for data migrations and imports.
	 * Writes are flushed before the scope ends; scopes are per thread and nest.
	 * @param <T> the result type
	 * @param work the work
	 * @return what the work returned
	 */
	<T> T muted(Supplier<T> work);

	/**
	 * Run work whose writes send no model signals at all.
	 * @param work the work
	 */
	default void muted(Runnable work) {
		muted(() -> {
			work.run();
			return null;
		});
	}

	/**
	 * How often each receiver failed under the {@link FailurePolicy#LOG} policy or with
	 * {@link #sendRobust}, since startup.
	 * @return receiver id to failure count
	 */
	Map<String, Long> failureCounts();

}
