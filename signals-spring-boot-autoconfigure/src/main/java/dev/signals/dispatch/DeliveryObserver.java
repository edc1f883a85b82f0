package dev.signals.dispatch;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Watches the delivery of signals, for metrics and traces: told of each signal that is
 * sent to someone, called around each receiver invocation (every phase, model and custom
 * signals), and told how many deliveries each transaction queued for its later phases.
 *
 * <p>The dispatcher holds at most one observer and checks a field for it: without one, the
 * delivery path runs as if this interface did not exist. Methods are called on the thread
 * that sends the signal or runs the receiver.
 *
 * <p>Exceptions: what {@link #signalSent} and {@link #transactionCompleted} throw is logged
 * and ignored, so that an observer never changes what a write does. {@link #receive} must
 * let the exceptions of the invocation through unchanged and throw none of its own.
 *
 * @since 0.1.0
 */
public interface DeliveryObserver {

	/**
	 * A signal is about to be delivered to its receivers and listeners.
	 * @param signal the signal: a model signal, a {@code BulkChanged} or a {@code SignalEvent}
	 */
	default void signalSent(Object signal) {
	}

	/**
	 * Call a receiver, by calling {@code invocation.proceed(receiver, signal)} exactly once
	 * and returning what it returns.
	 * @param receiver the receiver
	 * @param signal the signal
	 * @param invocation the call of the receiver (or of the next observer)
	 * @return what the receiver returned
	 */
	default @Nullable Object receive(Receiver receiver, Object signal, Invocation invocation) {
		return invocation.proceed(receiver, signal);
	}

	/**
	 * A transaction that queued deliveries for its before-commit or after-completion
	 * receivers has completed; its after-completion receivers are about to run.
	 * @param deliveries how many deliveries it queued
	 */
	default void transactionCompleted(int deliveries) {
	}

	/**
	 * One observer that calls several, in order; the first one's {@link #receive} is the
	 * outermost.
	 * @param observers the observers
	 * @return the only observer, one that calls them all, or {@code null} for none
	 */
	static @Nullable DeliveryObserver of(List<DeliveryObserver> observers) {
		Assert.noNullElements(observers, "'observers' must not contain null elements");
		if (observers.isEmpty()) {
			return null;
		}
		return (observers.size() == 1) ? observers.get(0) : new CompositeDeliveryObserver(observers);
	}

	/**
	 * The call of a receiver, or of the observers nested inside this one.
	 */
	@FunctionalInterface
	interface Invocation {

		/**
		 * Call the receiver. Unchecked exceptions propagate as they are.
		 * @param receiver the receiver
		 * @param signal the signal
		 * @return what the receiver returned, {@code null} for a {@code void} receiver
		 */
		@Nullable Object proceed(Receiver receiver, Object signal);

	}

}
