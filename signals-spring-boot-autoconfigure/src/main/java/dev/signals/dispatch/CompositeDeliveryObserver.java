package dev.signals.dispatch;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Several {@link DeliveryObserver}s as one. The nested invocations around the receiver's own
 * call, which is what the dispatcher passes, are built once, so that calling a receiver
 * through all of them allocates nothing more than the observers do.
 */
final class CompositeDeliveryObserver implements DeliveryObserver {

	private final DeliveryObserver[] observers;

	private final Invocation invocation;

	CompositeDeliveryObserver(List<DeliveryObserver> observers) {
		this.observers = observers.toArray(new DeliveryObserver[0]);
		this.invocation = nest(SignalDispatcher.RECEIVE);
	}

	private Invocation nest(Invocation innermost) {
		Invocation next = innermost;
		for (int i = this.observers.length - 1; i > 0; i--) {
			DeliveryObserver observer = this.observers[i];
			Invocation inner = next;
			next = (receiver, signal) -> observer.receive(receiver, signal, inner);
		}
		return next;
	}

	@Override
	public void signalSent(Object signal) {
		for (DeliveryObserver observer : this.observers) {
			observer.signalSent(signal);
		}
	}

	@Override
	public @Nullable Object receive(Receiver receiver, Object signal, Invocation invocation) {
		Invocation nested = (invocation == SignalDispatcher.RECEIVE) ? this.invocation : nest(invocation);
		return this.observers[0].receive(receiver, signal, nested);
	}

	@Override
	public void transactionCompleted(int deliveries) {
		for (DeliveryObserver observer : this.observers) {
			observer.transactionCompleted(deliveries);
		}
	}

}
