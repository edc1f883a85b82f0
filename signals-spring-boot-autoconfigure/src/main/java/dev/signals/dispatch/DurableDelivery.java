package dev.signals.dispatch;

import java.util.List;

/**
 * Stores the signals of {@linkplain Receiver#isDurable() durable receivers} in the
 * transaction that sends them and delivers them after it commits, at least once. Set on the
 * dispatcher with {@link DeliveryOptions#withDurableDelivery(DurableDelivery)}; without one,
 * durable receivers cannot be registered.
 *
 * @since 0.2.0
 */
public interface DurableDelivery {

	/**
	 * Take what must be stored of a signal a durable receiver wants, when it is sent (the
	 * entity may change later in the transaction).
	 * @param receiver the durable receiver
	 * @param signal the signal
	 * @return the publication to store
	 */
	Object capture(Receiver receiver, Object signal);

	/**
	 * Store publications in the transaction that sent their signals, just before it commits
	 * (or at once when there is none).
	 * @param publications what {@link #capture} returned
	 */
	void store(List<Object> publications);

	/**
	 * Deliver stored publications once their transaction has committed.
	 * @param publications what {@link #store} stored
	 */
	void deliver(List<Object> publications);

}
