package dev.signals.bench.external;

import java.io.PrintStream;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Changes made by other programs: an application with one external receiver of
 * {@link ExternalRow} reads the change stream of the logical-decoding cluster
 * ({@link LogicalDecodingCluster}) while another program, on a JDBC connection of its own,
 * changes rows in every {@link ExternalShape}, round after round, after
 * {@value #WARM_UP_ROUNDS} warm-up round. Each run waits until every change has reached the
 * receiver, so the next starts on a stream that has caught up.
 */
public final class ExternalBenchmark {

	private static final int WARM_UP_ROUNDS = 1;

	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	private final int rows;

	private final int rounds;

	private final PrintStream progress;

	/**
	 * Create the benchmark.
	 * @param rows the rows changed in each run
	 * @param rounds the measured rounds
	 * @param progress where to report each run
	 */
	public ExternalBenchmark(int rows, int rounds, PrintStream progress) {
		this.rows = rows;
		this.rounds = rounds;
		this.progress = progress;
	}

	/**
	 * Make the slot and schema fresh, start the application, run the benchmark, stop it and
	 * drop the slot.
	 * @return the results
	 * @throws Exception if the cluster cannot be reached or a change does not arrive
	 */
	public ExternalResults run() throws Exception {
		LogicalDecodingCluster.prepare();
		try (ConfigurableApplicationContext context = start();
				Connection connection = LogicalDecodingCluster.connect()) {
			return measure(context.getBean(Receipts.class), new ChangeWriter(connection));
		}
		finally {
			LogicalDecodingCluster.cleanUp();
		}
	}

	private ExternalResults measure(Receipts receipts, ChangeWriter writer) throws Exception {
		Map<ExternalShape, List<ExternalRun>> runs = new EnumMap<>(ExternalShape.class);
		long nextId = 0;
		for (int round = 1 - WARM_UP_ROUNDS; round <= this.rounds; round++) {
			for (ExternalShape shape : ExternalShape.values()) {
				long firstId = shape.newRows() ? nextId : 0;
				nextId += shape.newRows() ? this.rows : 0;
				ExternalRun run = runOnce(receipts, writer, shape, firstId, round);
				this.progress.printf("external %-9s %-8s %8.0f changes/s, p50 %7.1f ms, p99 %7.1f ms,"
						+ " writer %8.0f rows/s%n", (round <= 0) ? "warm-up" : "round " + round, shape.key(),
						run.perSecond(), run.p50Millis(), run.p99Millis(), run.writerPerSecond());
				if (round > 0) {
					runs.computeIfAbsent(shape, (key) -> new ArrayList<>()).add(run);
				}
			}
		}
		Map<ExternalShape, ExternalRun> medians = new EnumMap<>(ExternalShape.class);
		runs.forEach((shape, shapeRuns) -> medians.put(shape, ExternalRun.median(shapeRuns)));
		return new ExternalResults(this.rows, this.rounds, medians);
	}

	private ExternalRun runOnce(Receipts receipts, ChangeWriter writer, ExternalShape shape, long firstId,
			int round) throws Exception {
		ExpectedReceipts expected = receipts.expect(firstId, this.rows);
		long started = System.nanoTime();
		long[] commits = writer.write(shape, firstId, this.rows, round);
		return ExternalRun.of(started, commits, expected.await(TIMEOUT));
	}

	private static ConfigurableApplicationContext start() {
		String schema = LogicalDecodingCluster.SCHEMA;
		String slot = LogicalDecodingCluster.SLOT;
		return new SpringApplicationBuilder(ExternalRowApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run("--spring.datasource.url=" + LogicalDecodingCluster.URL,
					"--spring.datasource.username=" + LogicalDecodingCluster.USER,
					"--spring.datasource.password=" + LogicalDecodingCluster.PASSWORD,
					"--spring.jpa.properties.hibernate.default_schema=" + schema, "--spring.sql.init.mode=never",
					"--signals.external.enabled=true", "--signals.external.slot-name=" + slot,
					"--signals.external.publication-name=" + slot, "--signals.external.default-schema=" + schema,
					"--signals.external.offset-table=" + LogicalDecodingCluster.OFFSET_TABLE);
	}

}
