package dev.signals.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.signals.bench.e2e.EndToEndResults;
import dev.signals.bench.e2e.Variant;
import dev.signals.bench.e2e.WorkloadResult;
import dev.signals.bench.e2e.registry.RegistryWrites;

/**
 * The durable receiver against Spring Modulith's {@code @ApplicationModuleListener}: their
 * median times step by step, as the durable variant's over Modulith's, so that lower is
 * better for signals (1.000: as fast; 0.950: durable 5% faster), next to the A/A control of
 * each step; then what each wrote to its event publication table per signal.
 */
final class RegistryComparison {

	/** The phases of {@link WorkloadResult#PHASES} as the keys of the {@code RESULT} line name them. */
	private static final List<String> PHASE_KEYS = List.of("insert", "update", "m2m", "delete");

	private final EndToEndResults results;

	RegistryComparison(EndToEndResults results) {
		this.results = results;
	}

	/**
	 * Print the comparison and put its numbers in the {@code RESULT} line.
	 * @param out where to print
	 * @param result the keys and values of the {@code RESULT} line
	 */
	void print(PrintStream out, Map<String, String> result) {
		out.printf("%nDurable receiver against Spring Modulith's @ApplicationModuleListener, on the same JDBC event"
				+ " publication registry: median time, durable over modulith (lower is better for signals: 1.000 as"
				+ " fast, 0.950 durable 5%% faster)%n");
		out.printf("  %-44s", "");
		WorkloadResult.PHASES.forEach((phase) -> out.printf(" %9s", phase));
		out.printf(" %9s%n", "total");
		String[] steps = stepRatios(out, "durable over modulith", Variant.DURABLE, Variant.MODULITH);
		for (int i = 0; i < PHASE_KEYS.size(); i++) {
			result.put("e2e_durable_vs_modulith_" + PHASE_KEYS.get(i) + "_ratio", steps[i]);
		}
		result.put("e2e_durable_vs_modulith_ratio", steps[PHASE_KEYS.size()]);
		stepRatios(out, "A/A control: plain Hibernate again over it", Variant.BASELINE_AGAIN, Variant.BASELINE);
		double cpu = this.results.cpuRatio(Variant.DURABLE, Variant.MODULITH);
		out.printf("  CPU time of the benchmark thread, durable over modulith: %.3f (Modulith's deliveries run on its"
				+ " task executor's threads, which this leaves out)%n", cpu);
		result.put("e2e_durable_vs_modulith_cpu_ratio", format("%.3f", cpu));
		printWrites(out, result);
	}

	/** One row of step ratios and their total; returns them as printed. */
	private String[] stepRatios(PrintStream out, String label, Variant variant, Variant other) {
		String[] ratios = new String[PHASE_KEYS.size() + 1];
		for (int i = 0; i < PHASE_KEYS.size(); i++) {
			ratios[i] = format("%.3f", this.results.phaseRatio(variant, other, WorkloadResult.PHASES.get(i)));
		}
		ratios[PHASE_KEYS.size()] = format("%.3f", this.results.ratio(variant, other));
		out.printf("  %-44s", label);
		for (String ratio : ratios) {
			out.printf(" %9s", ratio);
		}
		out.println();
		return ratios;
	}

	private void printWrites(PrintStream out, Map<String, String> result) {
		out.printf("%nEVENT_PUBLICATION writes per signal (per delivery to the one receiver or listener), all rounds"
				+ " with the warm-up: rows found in the table before each phase emptied it, and their bytes;"
				+ " rows inserted, updated and deleted as PostgreSQL counted them (pg_stat_user_tables)%n");
		out.printf("  %-10s %11s %10s %11s %10s %10s %10s %10s%n", "variant", "deliveries", "rows", "event B",
				"row B", "inserted", "updated", "deleted");
		for (Variant variant : List.of(Variant.DURABLE, Variant.MODULITH)) {
			RegistryWrites writes = this.results.registryWrites().get(variant);
			out.printf("  %-10s %11d %10.3f %11.1f %10.1f %10.3f %10.3f %10.3f%n", variant.key(), writes.deliveries(),
					writes.rowsPerSignal(), writes.eventBytesPerSignal(), writes.rowBytesPerSignal(),
					writes.insertsPerSignal(), writes.updatesPerSignal(), writes.deletesPerSignal());
			String key = "e2e_" + variant.key() + "_registry_";
			result.put(key + "rows_per_signal", format("%.3f", writes.rowsPerSignal()));
			result.put(key + "event_bytes_per_signal", format("%.1f", writes.eventBytesPerSignal()));
			result.put(key + "row_bytes_per_signal", format("%.1f", writes.rowBytesPerSignal()));
			result.put(key + "inserts_per_signal", format("%.3f", writes.insertsPerSignal()));
			result.put(key + "updates_per_signal", format("%.3f", writes.updatesPerSignal()));
			result.put(key + "deletes_per_signal", format("%.3f", writes.deletesPerSignal()));
		}
	}

	private static String format(String pattern, double value) {
		return String.format(Locale.ROOT, pattern, value);
	}

}
