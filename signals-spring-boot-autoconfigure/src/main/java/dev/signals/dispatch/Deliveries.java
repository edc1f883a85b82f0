package dev.signals.dispatch;

import java.util.ArrayList;
import java.util.List;

/**
 * Signals waiting to be delivered, each with its route, in the order they were sent. Used
 * for the signals of a write that are held until the write has ended.
 *
 * @since 0.1.0
 */
public final class Deliveries {

	private final List<Object> routesAndSignals = new ArrayList<>();

	/**
	 * Add a signal.
	 * @param route the signal's route
	 * @param signal the signal
	 */
	public void add(Route route, Object signal) {
		this.routesAndSignals.add(route);
		this.routesAndSignals.add(signal);
	}

	/**
	 * Whether no signal is waiting.
	 * @return {@code true} when empty
	 */
	public boolean isEmpty() {
		return this.routesAndSignals.isEmpty();
	}

	/**
	 * How many signals are waiting.
	 * @return the number of signals
	 */
	public int size() {
		return this.routesAndSignals.size() / 2;
	}

	/**
	 * The route of a signal.
	 * @param index the signal's position, from 0
	 * @return its route
	 */
	public Route route(int index) {
		return (Route) this.routesAndSignals.get(2 * index);
	}

	/**
	 * A signal.
	 * @param index the signal's position, from 0
	 * @return the signal
	 */
	public Object signal(int index) {
		return this.routesAndSignals.get(2 * index + 1);
	}

}
