package dev.signals.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

import dev.signals.bench.external.ExternalResults;
import dev.signals.bench.external.ExternalShape;

/**
 * The changes made by other programs: for each shape, the median changes per second that
 * reached the external receiver, the commit-to-receipt latency's median and 99th
 * percentile, and the rate at which the other program itself wrote.
 */
final class ExternalTable {

	private final ExternalResults results;

	ExternalTable(ExternalResults results) {
		this.results = results;
	}

	/**
	 * Print the table and put its numbers in the {@code RESULT} line.
	 * @param out where to print
	 * @param result the keys and values of the {@code RESULT} line
	 */
	void print(PrintStream out, Map<String, String> result) {
		out.printf("%nChanges made by other programs (PostgreSQL logical decoding, Debezium embedded engine):"
				+ " %d rows changed by another JDBC connection per run, median of %d rounds%n", this.results.rows(),
				this.results.rounds());
		out.printf("  %-40s %10s %9s %9s %13s%n", "shape", "changes/s", "p50 ms", "p99 ms", "writer rows/s");
		this.results.medians().forEach((shape, run) -> {
			out.printf("  %-40s %10.0f %9.1f %9.1f %13.0f%n", shape.description(), run.perSecond(), run.p50Millis(),
					run.p99Millis(), run.writerPerSecond());
			put(result, shape, "per_s", "%.0f", run.perSecond());
			put(result, shape, "p50_ms", "%.1f", run.p50Millis());
			put(result, shape, "p99_ms", "%.1f", run.p99Millis());
			put(result, shape, "writer_per_s", "%.0f", run.writerPerSecond());
		});
	}

	private static void put(Map<String, String> result, ExternalShape shape, String name, String pattern,
			double value) {
		result.put("external_" + shape.key() + "_" + name, String.format(Locale.ROOT, pattern, value));
	}

}
