package dev.signals.bench.e2e;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the workload under every selected variant, in a rotating order, round after round,
 * after {@value #WARM_UP_ROUNDS} warm-up rounds; then, if the after-commit variant is among
 * them, measures the footprint of one large transaction under plain Hibernate and with an
 * after-commit receiver.
 */
public final class EndToEndBenchmark {

	private static final String TABLE_PREFIX = "bench_";

	private static final int WARM_UP_ROUNDS = 2;

	private final int posts;

	private final int rounds;

	private final List<Variant> variants;

	private final PrintStream progress;

	/**
	 * Create the benchmark.
	 * @param posts the posts of each run
	 * @param rounds the measured rounds
	 * @param variants the variants to run ({@link Variant#selected})
	 * @param progress where to report each run
	 */
	public EndToEndBenchmark(int posts, int rounds, Set<Variant> variants, PrintStream progress) {
		this.posts = posts;
		this.rounds = rounds;
		this.variants = List.copyOf(variants);
		this.progress = progress;
	}

	/**
	 * Start every variant's application, run the benchmark and stop them.
	 * @return the results
	 */
	public EndToEndResults run() {
		Map<Variant, ConfigurableApplicationContext> contexts = new EnumMap<>(Variant.class);
		try {
			Map<Variant, Workload> workloads = new EnumMap<>(Variant.class);
			for (Variant variant : this.variants) {
				ConfigurableApplicationContext context = variant.start(TABLE_PREFIX + variant.key() + "_");
				contexts.put(variant, context);
				workloads.put(variant, Workload.of(context));
			}
			return measure(workloads);
		}
		finally {
			contexts.values().forEach(ConfigurableApplicationContext::close);
		}
	}

	private EndToEndResults measure(Map<Variant, Workload> workloads) {
		int count = this.variants.size();
		Map<Variant, List<WorkloadResult>> runs = new EnumMap<>(Variant.class);
		for (int round = 1 - WARM_UP_ROUNDS; round <= this.rounds; round++) {
			for (int i = 0; i < count; i++) {
				Variant variant = this.variants.get(Math.floorMod(round + i, count));
				WorkloadResult result = runOnce(variant, workloads.get(variant), round);
				if (round > 0) {
					runs.computeIfAbsent(variant, (key) -> new ArrayList<>()).add(result);
				}
			}
		}
		Map<Variant, VariantSummary> summaries = new EnumMap<>(Variant.class);
		runs.forEach((variant, results) -> summaries.put(variant, VariantSummary.of(variant, results)));
		Map<Variant, Long> footprints = new EnumMap<>(Variant.class);
		if (workloads.containsKey(Variant.AFTER_COMMIT)) {
			for (Variant variant : List.of(Variant.BASELINE, Variant.AFTER_COMMIT)) {
				footprints.put(variant, workloads.get(variant).transactionFootprint(this.posts));
			}
		}
		return new EndToEndResults(this.posts, this.rounds, summaries, footprints);
	}

	private WorkloadResult runOnce(Variant variant, Workload workload, int round) {
		LiveHeap.bytes();
		WorkloadResult result = workload.run(this.posts);
		long expected = variant.expectedWork(this.posts);
		if (result.work() != expected) {
			throw new IllegalStateException(
					variant.key() + " did " + result.work() + " units of work where " + expected + " were expected");
		}
		this.progress.printf("e2e %-9s %-16s %8.1f ms, %8.1f ms CPU%n", (round <= 0) ? "warm-up" : "round " + round,
				variant.key(), result.total().nanos() / 1e6, result.total().cpuNanos() / 1e6);
		return result;
	}

}
