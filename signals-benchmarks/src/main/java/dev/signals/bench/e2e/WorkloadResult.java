package dev.signals.bench.e2e;

import java.util.List;

/**
 * One run of the workload: the measurement of each phase and the work the hooks recorded.
 *
 * @param phases the inserts, updates, many-to-many adds and deletes, in that order
 * @param work the count of the {@link WorkCounter} after the run
 */
public record WorkloadResult(List<Measurement> phases, long work) {

	/** The names of the phases, in order. */
	public static final List<String> PHASES = List.of("insert", "update", "m2m add", "delete");

	/**
	 * All phases together.
	 * @return the sum of the phases
	 */
	public Measurement total() {
		return this.phases.stream().reduce(new Measurement(0, 0, 0), Measurement::plus);
	}

}
