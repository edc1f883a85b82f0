package dev.signals.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.signals.bench.e2e.EndToEndBenchmark;
import dev.signals.bench.e2e.EndToEndResults;
import dev.signals.bench.e2e.Variant;
import dev.signals.bench.external.ExternalBenchmark;
import dev.signals.bench.external.ExternalResults;
import dev.signals.bench.micro.MicroBenchmarks;
import dev.signals.bench.micro.MicroResult;

/**
 * The entry point of {@code bench/run}: the JMH micro-benchmarks, then the end-to-end
 * benchmark, then the changes made by other programs, then one table whose last line is
 * {@code RESULT key=value ...}.
 *
 * <p>System properties: {@code bench.out}, the folder for JMH's log ({@code target});
 * {@code bench.posts}, the posts of each end-to-end run (10000); {@code bench.rounds}, the
 * measured end-to-end rounds (11); {@code bench.parts}, some of {@code micro} (or its alias
 * {@code jmh}), {@code e2e} and {@code external}, separated by commas (all three); any
 * other name fails the run; {@code bench.external.rows}, the rows another program changes in
 * each run of the external part (10000); {@code bench.external.rounds}, its measured rounds
 * (3);
 * {@code bench.variants}, the keys of the end-to-end variants to run, separated by commas
 * ({@code all}; plain Hibernate and its A/A control always run).
 */
public final class BenchRun {

	private static final Set<String> PARTS = Set.of("micro", "jmh", "e2e", "external");

	private BenchRun() {
	}

	/**
	 * Run the benchmarks.
	 * @param args ignored
	 * @throws Exception if a benchmark fails
	 */
	public static void main(String[] args) throws Exception {
		PrintStream out = System.out;
		Set<String> parts = parts(System.getProperty("bench.parts", "micro,e2e,external"));
		Set<Variant> variants = Variant.selected(System.getProperty("bench.variants", "all"));
		Path folder = Files.createDirectories(Path.of(System.getProperty("bench.out", "target")));
		List<MicroResult> micro = List.of();
		if (parts.contains("micro") || parts.contains("jmh")) {
			Path log = folder.resolve("jmh.log");
			out.println("JMH micro-benchmarks running (log: " + log + ")");
			micro = MicroBenchmarks.run(log);
		}
		EndToEndResults e2e = null;
		if (parts.contains("e2e")) {
			int posts = Integer.getInteger("bench.posts", 10_000);
			int rounds = Integer.getInteger("bench.rounds", 11);
			e2e = new EndToEndBenchmark(posts, rounds, variants, out).run();
		}
		ExternalResults external = null;
		if (parts.contains("external")) {
			int rows = Integer.getInteger("bench.external.rows", 10_000);
			int rounds = Integer.getInteger("bench.external.rounds", 3);
			external = new ExternalBenchmark(rows, rounds, out).run();
		}
		new Report(micro, e2e, external).print(out);
	}

	private static Set<String> parts(String property) {
		Set<String> parts = new LinkedHashSet<>(Arrays.asList(property.trim().split("\\s*,\\s*")));
		for (String part : parts) {
			if (!PARTS.contains(part)) {
				throw new IllegalArgumentException("bench.parts names '" + part + "', which is no part of the run; "
						+ "use some of micro (or its alias jmh), e2e and external, separated by commas");
			}
		}
		return parts;
	}

}
