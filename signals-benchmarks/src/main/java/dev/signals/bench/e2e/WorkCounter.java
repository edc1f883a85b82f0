package dev.signals.bench.e2e;

/**
 * The work every hook of the end-to-end benchmark does, whatever the mechanism: count one.
 * Used from the benchmark's one thread only.
 */
public final class WorkCounter {

	private long count;

	/**
	 * Record one unit of work.
	 */
	public void record() {
		this.count++;
	}

	/**
	 * The work recorded since the last reset.
	 * @return the count
	 */
	public long count() {
		return this.count;
	}

	/**
	 * Start counting from zero.
	 */
	public void reset() {
		this.count = 0;
	}

}
