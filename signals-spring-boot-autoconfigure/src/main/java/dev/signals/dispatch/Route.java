package dev.signals.dispatch;

import java.util.Arrays;
import java.util.List;

import dev.signals.Phase;

/**
 * The receivers of one signal type for one entity class, in delivery order, and whether the
 * signal is also published to Spring's application event listeners.
 *
 * @since 0.1.0
 */
public final class Route {

	/** A route that delivers to no one. */
	public static final Route EMPTY = new Route(new Receiver[0], false);

	private final Receiver[] receivers;

	private final boolean publish;

	private final boolean deferred;

	Route(Receiver[] receivers, boolean publish) {
		this.receivers = receivers;
		this.publish = publish;
		this.deferred = Arrays.stream(receivers).anyMatch((receiver) -> receiver.phase() != Phase.IMMEDIATE);
	}

	/**
	 * Whether nobody receives the signal, so that it need not be built.
	 * @return {@code true} when there is neither a receiver nor a listener
	 */
	public boolean isEmpty() {
		return this.receivers.length == 0 && !this.publish;
	}

	/**
	 * The receivers in delivery order.
	 * @return the receivers
	 */
	public List<Receiver> receivers() {
		return List.of(this.receivers);
	}

	/**
	 * Whether some receiver runs in a later phase of the transaction.
	 * @return whether delivering may queue the signal
	 */
	public boolean hasDeferred() {
		return this.deferred;
	}

	/**
	 * How many receivers the route has.
	 * @return the number of receivers
	 */
	public int size() {
		return this.receivers.length;
	}

	Receiver[] receiverArray() {
		return this.receivers;
	}

	/**
	 * Whether the signal is also published as an application event, because a Spring
	 * listener is declared for it.
	 * @return whether to publish
	 */
	public boolean publish() {
		return this.publish;
	}

}
