package dev.signals.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import dev.signals.bench.e2e.EndToEndResults;
import dev.signals.bench.e2e.Measurement;
import dev.signals.bench.e2e.Variant;
import dev.signals.bench.e2e.VariantSummary;
import dev.signals.bench.e2e.Workload;
import dev.signals.bench.e2e.WorkloadResult;
import dev.signals.bench.external.ExternalResults;
import dev.signals.bench.micro.MicroBenchmarks;
import dev.signals.bench.micro.MicroResult;
import org.jspecify.annotations.Nullable;

/**
 * Prints the results as one table, ending with the machine-readable line
 * {@code RESULT key=value ...}.
 */
final class Report {

	private static final List<MicroRow> MICRO_ROWS = List.of(
			new MicroRow("directCall", "", "direct", "direct method call"),
			new MicroRow("springPublishEvent", "", "spring_publish", "Spring publishEvent, 1 @EventListener"),
			new MicroRow("signalDispatch", "0", "norecv", "signals, no receiver"),
			new MicroRow("signalDispatch", "1", "dispatch", "signals, 1 IMMEDIATE receiver"),
			new MicroRow("signalDispatch", "10", "dispatch10", "signals, 10 IMMEDIATE receivers"),
			new MicroRow("signalDispatch", "10-other-entity", "otherentity", "signals, 10 receivers of another entity"),
			new MicroRow("observedDispatch", "none", "observed_none", "signals, 1 receiver, no ObservationRegistry"),
			new MicroRow("observedDispatch", "noop", "observed_noop", "signals, 1 receiver, registry without handler"),
			new MicroRow("observedDispatch", "meters", "observed_meters",
					"signals, 1 receiver, meter handler (observed)"));

	/** The phases of {@link WorkloadResult#PHASES} as the keys of the {@code RESULT} line name them. */
	private static final List<String> PHASE_KEYS = List.of("insert", "update", "m2m", "delete");

	private final List<MicroResult> micro;

	private final @Nullable EndToEndResults e2e;

	private final @Nullable ExternalResults external;

	private final Map<String, String> result = new LinkedHashMap<>();

	Report(List<MicroResult> micro, @Nullable EndToEndResults e2e, @Nullable ExternalResults external) {
		this.micro = micro;
		this.e2e = e2e;
		this.external = external;
	}

	void print(PrintStream out) {
		if (!this.micro.isEmpty()) {
			printMicro(out);
		}
		if (this.e2e != null) {
			printEndToEnd(out, this.e2e);
		}
		if (this.external != null) {
			new ExternalTable(this.external).print(out, this.result);
		}
		StringBuilder line = new StringBuilder("RESULT");
		this.result.forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
		out.println(line);
	}

	private void printMicro(PrintStream out) {
		out.println();
		out.println("Micro-benchmarks: one post-save delivered, no database (" + MicroBenchmarks.BUDGET + ")");
		out.printf("  %-46s %10s %8s%n", "path", "ns/op", "B/op");
		for (MicroRow row : MICRO_ROWS) {
			for (MicroResult measured : this.micro) {
				if (measured.benchmark().equals(row.benchmark()) && measured.receivers().equals(row.receivers())) {
					long bytes = Math.round(measured.bytes());
					out.printf("  %-46s %10.1f %8d%n", row.label(), measured.nanos(), bytes);
					this.result.put("jmh_" + row.key() + "_ns", format("%.1f", measured.nanos()));
					this.result.put("jmh_" + row.key() + "_bytes", Long.toString(bytes));
				}
			}
		}
	}

	private void printEndToEnd(PrintStream out, EndToEndResults results) {
		out.println();
		out.printf("End to end on PostgreSQL: %d posts inserted, updated, tagged (m2m) and deleted, transactions of %d,"
				+ " median of %d rounds%n", results.posts(), Workload.TRANSACTION_SIZE,
				results.rounds());
		int width = results.summaries().keySet().stream().mapToInt((v) -> v.description().length()).max().orElse(0);
		String label = "  %-" + width + "s";
		out.printf(label + " %9s %7s", "variant", "total ms", "ratio");
		WorkloadResult.PHASES.forEach((phase) -> out.printf(" %9s", phase));
		out.printf(" %8s %9s %8s %7s%n", "CPU ms", "CPU ratio", "B/write", "work");
		for (VariantSummary summary : results.summaries().values()) {
			Variant variant = summary.variant();
			out.printf(label + " %9.1f %7.3f", variant.description(), millis(summary.total()), results.ratio(variant));
			summary.phases().forEach((phase) -> out.printf(" %9.1f", millis(phase)));
			out.printf(" %8.1f %9.3f %8.0f %7d%n", summary.total().cpuNanos() / 1e6, results.cpuRatio(variant),
					results.bytesPerWrite(variant), summary.work());
			this.result.put("e2e_" + variant.key() + "_ratio", format("%.3f", results.ratio(variant)));
		}
		for (Variant variant : results.summaries().keySet()) {
			this.result.put("e2e_" + variant.key() + "_cpu_ratio", format("%.3f", results.cpuRatio(variant)));
		}
		if (results.includes(Variant.WRITER, Variant.BY_HAND)) {
			printWriterAgainstByHand(out, results);
		}
		if (results.includes(Variant.DURABLE, Variant.MODULITH)) {
			new RegistryComparison(results).print(out, this.result);
		}
		if (results.includes(Variant.DJANGO_SIGNALS, Variant.DJANGO_LISTENERS)) {
			printDjangoSignalsAgainstListeners(out, results);
		}
		this.result.put("e2e_baseline_ms", format("%.0f", millis(results.summaries().get(Variant.BASELINE).total())));
		if (results.includes(Variant.NO_RECEIVERS)) {
			this.result.put("e2e_norecv_extra_bytes_per_write", format("%.1f",
					results.bytesPerWrite(Variant.NO_RECEIVERS) - results.bytesPerWrite(Variant.BASELINE)));
		}
		if (!results.footprints().isEmpty()) {
			printFootprint(out, results);
		}
	}

	private void printFootprint(PrintStream out, EndToEndResults results) {
		long baseline = results.footprints().get(Variant.BASELINE);
		long afterCommit = results.footprints().get(Variant.AFTER_COMMIT);
		double perSignal = (double) (afterCommit - baseline) / results.posts();
		out.printf("%nLive heap of one transaction of %d inserts, just before commit: %.1f MB plain Hibernate,"
				+ " %.1f MB with an AFTER_COMMIT receiver (%.0f B per queued signal)%n", results.posts(),
				baseline / 1e6, afterCommit / 1e6, perSignal);
		this.result.put("e2e_baseline_tx_heap_mb", format("%.1f", baseline / 1e6));
		this.result.put("e2e_aftercommit_tx_heap_mb", format("%.1f", afterCommit / 1e6));
		this.result.put("e2e_aftercommit_bytes_per_queued_signal", format("%.0f", perSignal));
	}

	private void printWriterAgainstByHand(PrintStream out, EndToEndResults results) {
		double total = results.ratio(Variant.WRITER, Variant.BY_HAND);
		double cpu = results.cpuRatio(Variant.WRITER, Variant.BY_HAND);
		double insert = results.phaseRatio(Variant.WRITER, Variant.BY_HAND, "insert");
		out.printf("%nA receiver that persists an entity per insert, over the same entity persisted by hand:"
				+ " %.3f total, %.3f CPU, %.3f in the insert phase%n", total, cpu, insert);
		this.result.put("e2e_writer_vs_byhand_ratio", format("%.3f", total));
		this.result.put("e2e_writer_vs_byhand_cpu_ratio", format("%.3f", cpu));
		this.result.put("e2e_writer_vs_byhand_insert_ratio", format("%.3f", insert));
	}

	/**
	 * The Django seeds' workload: the entity listener's time over the signals' time, step by
	 * step, so that higher is better for signals (1.000: as fast; 0.950: signals take 5%
	 * longer); and the same for plain Hibernate's two runs, the A/A control of each step.
	 */
	private void printDjangoSignalsAgainstListeners(PrintStream out, EndToEndResults results) {
		out.printf("%nDjango seeds' workload, the entity listener's median time over the signals' (higher is better"
				+ " for signals: 1.000 as fast, 0.950 signals 5%% slower)%n");
		out.printf("  %-44s", "");
		WorkloadResult.PHASES.forEach((phase) -> out.printf(" %9s", phase));
		out.printf(" %9s%n", "total");
		printStepRatios(out, "entity listener over signals", "e2e_django_%s_ratio",
				(phase) -> results.phaseRatio(Variant.DJANGO_LISTENERS, Variant.DJANGO_SIGNALS, phase),
				results.ratio(Variant.DJANGO_LISTENERS, Variant.DJANGO_SIGNALS));
		printStepRatios(out, "the same, CPU time of the benchmark thread", "e2e_django_%s_cpu_ratio",
				(phase) -> results.phaseCpuRatio(Variant.DJANGO_LISTENERS, Variant.DJANGO_SIGNALS, phase),
				results.cpuRatio(Variant.DJANGO_LISTENERS, Variant.DJANGO_SIGNALS));
		printStepRatios(out, "A/A control: plain Hibernate again over it", null,
				(phase) -> results.phaseRatio(Variant.BASELINE_AGAIN, Variant.BASELINE, phase),
				results.ratio(Variant.BASELINE_AGAIN, Variant.BASELINE));
	}

	/**
	 * One row of step ratios and their total, also put in the {@code RESULT} line when a key
	 * pattern ({@code %s} for the step, or {@code total}) is given.
	 */
	private void printStepRatios(PrintStream out, String label, @Nullable String keys,
			ToDoubleFunction<String> phaseRatio, double total) {
		out.printf("  %-44s", label);
		for (int i = 0; i < WorkloadResult.PHASES.size(); i++) {
			double ratio = phaseRatio.applyAsDouble(WorkloadResult.PHASES.get(i));
			out.printf(" %9.3f", ratio);
			if (keys != null) {
				this.result.put(String.format(keys, PHASE_KEYS.get(i)), format("%.3f", ratio));
			}
		}
		out.printf(" %9.3f%n", total);
		if (keys != null) {
			this.result.put(String.format(keys, "total"), format("%.3f", total));
		}
	}

	private static double millis(Measurement measurement) {
		return measurement.nanos() / 1e6;
	}

	private static String format(String pattern, double value) {
		return String.format(Locale.ROOT, pattern, value);
	}

	private record MicroRow(String benchmark, String receivers, String key, String label) {
	}

}
