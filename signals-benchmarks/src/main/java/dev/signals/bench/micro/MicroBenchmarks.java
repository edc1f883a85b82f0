package dev.signals.bench.micro;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link DispatchBenchmarks} with JMH's GC profiler, on a budget that fits a 2-core
 * machine: one fork, five one-second warm-up and five two-second measured iterations per
 * benchmark.
 */
public final class MicroBenchmarks {

	/** The budget of each benchmark, as the report states it. */
	public static final String BUDGET = "JMH, 1 fork, 5 x 1 s warm-up, 5 x 2 s measured";

	private static final String ALLOCATION = "gc.alloc.rate.norm";

	private MicroBenchmarks() {
	}

	/**
	 * Run the micro-benchmarks.
	 * @param log where JMH writes its own output
	 * @return one result per benchmark and parameter
	 * @throws RunnerException if JMH fails
	 */
	public static List<MicroResult> run(Path log) throws RunnerException {
		Options options = new OptionsBuilder().include(DispatchBenchmarks.class.getName() + "\\.")
			.forks(1)
			.warmupIterations(5)
			.warmupTime(TimeValue.seconds(1))
			.measurementIterations(5)
			.measurementTime(TimeValue.seconds(2))
			.jvmArgsAppend("-Xms1g", "-Xmx1g")
			.addProfiler(GCProfiler.class)
			.shouldFailOnError(true)
			.output(log.toString())
			.build();
		Collection<RunResult> results = new Runner(options).run();
		return results.stream().map(MicroBenchmarks::result).toList();
	}

	private static MicroResult result(RunResult run) {
		String benchmark = run.getParams().getBenchmark();
		String receivers = run.getParams().getParamsKeys().contains("receivers") ? run.getParams().getParam("receivers")
				: run.getParams().getParamsKeys().contains("observation") ? run.getParams().getParam("observation") : "";
		Result<?> allocation = run.getSecondaryResults().get(ALLOCATION);
		return new MicroResult(benchmark.substring(benchmark.lastIndexOf('.') + 1), receivers,
				run.getPrimaryResult().getScore(), (allocation != null) ? allocation.getScore() : Double.NaN);
	}

}
