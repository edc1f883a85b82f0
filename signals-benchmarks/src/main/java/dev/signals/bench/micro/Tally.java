package dev.signals.bench.micro;

/**
 * The work of every receiver and listener of the micro-benchmarks: count what arrives and
 * keep the last one, so that each path really builds and delivers its signal or event.
 */
public abstract class Tally {

	private long received;

	private Object last;

	/**
	 * Record one arrival.
	 * @param arrived the signal or event
	 */
	protected final void tally(Object arrived) {
		this.received++;
		this.last = arrived;
	}

	/**
	 * How many arrived.
	 * @return the count
	 */
	public long received() {
		return this.received;
	}

	/**
	 * The last one that arrived.
	 * @return the last signal or event, {@code null} before the first
	 */
	public Object last() {
		return this.last;
	}

}
