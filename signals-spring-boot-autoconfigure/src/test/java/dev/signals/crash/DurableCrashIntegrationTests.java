package dev.signals.crash;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a real Spring Boot process with {@code kill -9} while it commits writes that have a
 * durable receiver, restarts it, and checks that every committed write got its receiver's
 * effect at least once, and no rolled-back one did.
 */
class DurableCrashIntegrationTests {

	private static final String SCHEMA = "signals_crash";

	private static final int KILLS = 5;

	private ParcelSchema schema;

	private final List<Process> children = new ArrayList<>();

	@BeforeEach
	void freshSchema() {
		this.schema = new ParcelSchema(SCHEMA);
	}

	@AfterEach
	void stopChildren() {
		this.children.forEach(Process::destroyForcibly);
		this.schema.close();
	}

	@Test
	void everyCommittedWriteGetsItsEffectAcrossKills() throws Exception {
		long committedBefore = 0;
		for (int kill = 1; kill <= KILLS; kill++) {
			Process child = start("write", kill);
			awaitParcelsBeyond(committedBefore, child);
			Thread.sleep(ThreadLocalRandom.current().nextInt(200, 1500));
			child.destroyForcibly();
			assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
			assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
			committedBefore = count("select count(*) from " + SCHEMA + ".parcel");
		}
		long committed = count("select count(*) from " + SCHEMA + ".parcel");
		Process drain = start("drain", KILLS + 1);
		long deadline = System.currentTimeMillis() + 90_000;
		// a publication is marked complete just after its receiver's effect is committed: wait
		// for both
		while ((missingEffects() > 0 || incompletePublications() > 0) && System.currentTimeMillis() < deadline
				&& drain.isAlive()) {
			Thread.sleep(250);
		}
		long effects = count("select count(*) from " + SCHEMA + ".parcel_effect");
		long distinct = count("select count(distinct snapshot_id) from " + SCHEMA + ".parcel_effect");
		System.out.printf("Crash test: %d kills, %d committed writes, %d effects, %d duplicates%n", KILLS, committed,
				effects, effects - distinct);
		assertThat(committed).isGreaterThan(KILLS);
		assertThat(missingEffects()).as("committed writes without their receiver's effect").isZero();
		assertThat(count("select count(*) from " + SCHEMA + ".parcel_effect e where not exists (select 1 from "
				+ SCHEMA + ".parcel p where p.id = e.parcel_id)"))
			.as("effects of rolled-back writes")
			.isZero();
		assertThat(incompletePublications()).as("publications left incomplete").isZero();
	}

	private long incompletePublications() {
		return count("select count(*) from " + SCHEMA + ".event_publication where completion_date is null");
	}

	private long missingEffects() {
		return count("select count(*) from " + SCHEMA + ".parcel p where not exists (select 1 from " + SCHEMA
				+ ".parcel_effect e where e.parcel_id = p.id)");
	}

	private void awaitParcelsBeyond(long count, Process child) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 60_000;
		while (!tableExists() || count("select count(*) from " + SCHEMA + ".parcel") <= count) {
			assertThat(child.isAlive()).as("the child runs (see target/crash-child-*.log)").isTrue();
			assertThat(System.currentTimeMillis()).as("the child commits within a minute").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	private boolean tableExists() {
		return count("select count(*) from information_schema.tables where table_schema = '" + SCHEMA
				+ "' and table_name = 'parcel'") > 0;
	}

	private long count(String sql) {
		return this.schema.count(sql);
	}

	private Process start(String mode, int run) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), CrashChild.class.getName(), mode,
				"--spring.main.web-application-type=none", "--spring.main.banner-mode=off",
				"--signals.durable.backoff.initial=50ms", "--logging.level.root=WARN"));
		command.addAll(this.schema.applicationArguments("500ms"));
		File log = new File("target/crash-child-" + run + ".log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
		this.children.add(process);
		return process;
	}

}
