package dev.signals.bench.e2e.registry;

import dev.signals.bench.e2e.WorkCounter;

/**
 * The work of the receiver or listener of a registry variant, which may run on other
 * threads than the benchmark's (Spring Modulith's listeners run on its task executor): one
 * unit of the {@link WorkCounter}, recorded under a lock, and a count of every delivery since
 * the application started, which runs never reset.
 */
public final class RegistryWork {

	private final WorkCounter work;

	private long deliveries;

	/**
	 * Create the work of an application.
	 * @param work the application's work counter
	 */
	public RegistryWork(WorkCounter work) {
		this.work = work;
	}

	/**
	 * Record one delivery and its unit of work.
	 */
	public synchronized void record() {
		this.work.record();
		this.deliveries++;
	}

	/**
	 * The deliveries recorded since the application started.
	 * @return the count
	 */
	public synchronized long deliveries() {
		return this.deliveries;
	}

}
