package dev.signals.bench.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The medians of a variant's measured runs, phase by phase and in total.
 *
 * @param variant the variant
 * @param phases the median of each phase, in the order of {@link WorkloadResult#PHASES}
 * @param total the median of the runs' totals
 * @param work the work the hooks recorded in each run
 */
public record VariantSummary(Variant variant, List<Measurement> phases, Measurement total, long work) {

	/**
	 * Summarize runs.
	 * @param variant the variant
	 * @param runs its measured runs, all of which recorded the same work
	 * @return the medians
	 */
	public static VariantSummary of(Variant variant, List<WorkloadResult> runs) {
		List<Measurement> phases = new ArrayList<>();
		for (int i = 0; i < WorkloadResult.PHASES.size(); i++) {
			int phase = i;
			phases.add(median(runs, (run) -> run.phases().get(phase)));
		}
		return new VariantSummary(variant, phases, median(runs, WorkloadResult::total), runs.get(0).work());
	}

	private static Measurement median(List<WorkloadResult> runs, Function<WorkloadResult, Measurement> measurement) {
		List<Measurement> measurements = runs.stream().map(measurement).toList();
		return new Measurement(median(measurements, Measurement::nanos), median(measurements, Measurement::cpuNanos),
				median(measurements, Measurement::bytes));
	}

	private static long median(List<Measurement> measurements, ToLongFunction<Measurement> value) {
		long[] sorted = measurements.stream().mapToLong(value).sorted().toArray();
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

}
