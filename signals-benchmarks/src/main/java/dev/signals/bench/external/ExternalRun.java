package dev.signals.bench.external;

import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The numbers of one run of a shape: how many changes per second reached the receiver, from
 * the first commit to the last receipt; the commit-to-receipt latency's median and 99th
 * percentile; and how many rows per second the other program itself wrote.
 *
 * @param perSecond the changes received per second
 * @param p50Millis the median latency in milliseconds
 * @param p99Millis the 99th percentile of the latency in milliseconds
 * @param writerPerSecond the rows the other program wrote per second, from its first
 * statement to its last commit
 */
public record ExternalRun(double perSecond, double p50Millis, double p99Millis, double writerPerSecond) {

	/**
	 * The numbers of a run.
	 * @param started when the other program sent its first statement
	 * @param commits when each row's commit returned
	 * @param receipts when each row reached the receiver
	 * @return the run's numbers
	 */
	static ExternalRun of(long started, long[] commits, long[] receipts) {
		int rows = commits.length;
		long[] latencies = new long[rows];
		long firstCommit = Long.MAX_VALUE;
		long lastCommit = Long.MIN_VALUE;
		long lastReceipt = Long.MIN_VALUE;
		for (int row = 0; row < rows; row++) {
			latencies[row] = receipts[row] - commits[row];
			firstCommit = Math.min(firstCommit, commits[row]);
			lastCommit = Math.max(lastCommit, commits[row]);
			lastReceipt = Math.max(lastReceipt, receipts[row]);
		}
		Arrays.sort(latencies);
		return new ExternalRun(perSecond(rows, lastReceipt - firstCommit), latencies[(rows - 1) / 2] / 1e6,
				latencies[(int) Math.ceil(rows * 0.99) - 1] / 1e6, perSecond(rows, lastCommit - started));
	}

	/**
	 * The median of each number over several runs.
	 * @param runs the runs
	 * @return the medians
	 */
	static ExternalRun median(List<ExternalRun> runs) {
		return new ExternalRun(median(runs, ExternalRun::perSecond), median(runs, ExternalRun::p50Millis),
				median(runs, ExternalRun::p99Millis), median(runs, ExternalRun::writerPerSecond));
	}

	private static double median(List<ExternalRun> runs, ToDoubleFunction<ExternalRun> number) {
		double[] values = runs.stream().mapToDouble(number).sorted().toArray();
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

	private static double perSecond(int rows, long nanos) {
		return rows * 1e9 / nanos;
	}

}
