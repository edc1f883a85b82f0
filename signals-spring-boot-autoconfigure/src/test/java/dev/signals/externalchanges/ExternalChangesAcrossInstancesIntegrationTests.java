package dev.signals.externalchanges;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import dev.signals.SignalReceiver;
import dev.signals.SignalSnapshot;
import dev.signals.SignalsConfigurationException;
import dev.signals.SignalType;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of an application on one database and one replication slot, a stream whose
 * connection is killed, and a slot that falls behind, on the PostgreSQL server with {@code wal_level=logical} on port 5433.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExternalChangesAcrossInstancesIntegrationTests {

	static final LogicalDecodingServer server = new LogicalDecodingServer("signals_external_instances",
			"signals_external_instances");

	ConfigurableApplicationContext first;

	ConfigurableApplicationContext second;

	@BeforeEach
	void freshSchemaAndSlot() throws SQLException {
		server.fresh();
	}

	@AfterEach
	void stopAndDropSlot() throws SQLException {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { this.first,
				this.second }) {
			if (context != null) {
				context.close();
			}
		}
		server.dropSlot();
	}

	@Test
	void oneInstanceStreamsNeitherReceivesTheOthersWritesAndTheOtherTakesOverWhenItStops(CapturedOutput output)
			throws SQLException {
		this.first = server.start("--signals.external.standby-interval=200ms");
		this.second = server.start("--signals.external.standby-interval=200ms");
		assertThat(output).contains("Another instance streams replication slot 'signals_external_instances'");
		assertThat(server.streamingPid()).isNotNull();
		server.sql("insert into tag (id, name, article_count) values (1, 'java', 0)");
		for (long i = 0; i < 100; i++) {
			ownWrite(this.second, 100_000 + i);
			server.sql("insert into article (id, title, views) values (" + i + ", 'other', 0)");
		}
		server.awaitCaughtUp(this.first);

		assertThat(receivers(this.first).articles).extracting(SignalSnapshot::entityId)
			.hasSize(100)
			.allSatisfy((id) -> assertThat((Long) id).isLessThan(100_000));
		assertThat(receivers(this.second).articles).isEmpty();
		assertThat(receivers(this.second).tagChanges).isEmpty();

		this.first.close();
		this.first = null;
		server.sql("insert into article (id, title, views) values (200, 'while the first is gone', 0)");
		ownWrite(this.second, 100_200);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> receivers(this.second).articles.stream().anyMatch((snapshot) -> snapshot.entityId().equals(200L)));
		server.awaitCaughtUp(this.second);
		assertThat(receivers(this.second).articles).extracting(SignalSnapshot::entityId)
			.allSatisfy((id) -> assertThat((Long) id).isLessThan(100_000));
		assertThat(receivers(this.second).tagChanges).isEmpty();
	}

	@Test
	void anInstanceThatLosesItsLockStopsStreamingAndOneInstanceStreamsAgain(CapturedOutput output) throws SQLException {
		this.first = server.start("--signals.external.standby-interval=200ms");
		this.second = server.start("--signals.external.standby-interval=200ms");
		Integer streaming = server.streamingPid();
		assertThat(streaming).isNotNull();

		// only the lock's session ends: the instance's replication connection is still open
		server.sql("select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted");

		await().atMost(Duration.ofSeconds(30))
			.until(() -> output.toString()
				.contains("This instance lost the lock of replication slot 'signals_external_instances'"));
		server.sql("insert into article (id, title, views) values (5, 'after the lock was lost', 0)");
		// whichever instance takes the lock first streams next, once the slot is free again
		await().atMost(Duration.ofSeconds(150))
			.until(() -> Stream.of(this.first, this.second)
				.anyMatch((context) -> receivers(context).articles.stream()
					.anyMatch((snapshot) -> snapshot.entityId().equals(5L))));
		// the instance stopped streaming: another replication connection streams the slot now
		assertThat(server.streamingPid()).isNotNull().isNotEqualTo(streaming);
		assertThat(Stream.of(this.first, this.second)
			.filter((context) -> receivers(context).articles.stream()
				.anyMatch((snapshot) -> snapshot.entityId().equals(5L)))).hasSize(1);
	}

	@Test
	void transactionsMarkedByAnotherApplicationReachTheReceiversAndOnlyThisOnesAreLeftOut() throws SQLException {
		this.first = server.start();
		try (Connection other = DriverManager.getConnection(server.url(), "postgres", "");
				Statement statement = other.createStatement()) {
			other.setAutoCommit(false);
			statement.execute("insert into article (id, title, views) values (1, 'by another application', 0)");
			statement.execute("select pg_logical_emit_message(true, 'signals', 'billing')");
			other.commit();
			statement.execute("insert into article (id, title, views) values (2, 'marked as this one', 0)");
			statement.execute("select pg_logical_emit_message(true, 'signals', '" + server.slot() + "')");
			other.commit();
		}
		server.awaitCaughtUp(this.first);

		assertThat(receivers(this.first).articles).extracting(SignalSnapshot::entityId).containsExactly(1L);
	}

	@Test
	void aTransactionSentAgainAfterTheConnectionWasKilledInItsMiddleIsDeliveredOnce() throws Exception {
		this.first = server.start();
		int rows = 60_000;
		server.sql("insert into article (id, title, views) select n, 'bulk', 0 from generate_series(1, " + rows
				+ ") n");
		// the walsender sends the transaction's rows for about a second: cut it off in the middle
		// (without the fix, this delivered about 83,000 snapshots)
		Thread.sleep(300);
		Integer streaming = server.streamingPid();
		assertThat(streaming).isNotNull();
		assertThat(receivers(this.first).articles).isEmpty();
		server.sql("select pg_terminate_backend(" + streaming + ")");
		server.awaitCaughtUp(this.first);

		assertThat(receivers(this.first).articles).hasSize(rows);
	}

	@Test
	void theStreamResumesAfterItsConnectionIsKilled() throws SQLException {
		this.first = server.start();
		server.sql("insert into article (id, title, views) values (1, 'before', 0)");
		await().atMost(Duration.ofSeconds(30)).until(() -> receivers(this.first).articles.size() == 1);

		server.sql("select pg_terminate_backend(active_pid) from pg_replication_slots where slot_name = '"
				+ server.slot() + "'");
		server.sql("insert into article (id, title, views) values (2, 'after', 0)");

		await().atMost(Duration.ofSeconds(60))
			.until(() -> receivers(this.first).articles.stream().anyMatch((snapshot) -> snapshot.entityId().equals(2L)));
	}

	@Test
	void aSlotFallingBehindIsReportedAndSoIsItsCatchingUp(CapturedOutput output) throws SQLException {
		this.first = server.start("--signals.external.max-lag=64KB", "--signals.external.lag-check-interval=200ms",
				"--signals.external.heartbeat-interval=200ms");
		ExternalReceivers receivers = receivers(this.first);
		CountDownLatch hold = new CountDownLatch(1);
		receivers.hold = hold;
		server.sql("insert into article (id, title, views) select n, 'row ' || n, 0 from generate_series(1, 2000) n");

		await().atMost(Duration.ofSeconds(30))
			.until(() -> output.toString()
				.contains("more than signals.external.max-lag (0.1 MB); PostgreSQL keeps that WAL until the external "
						+ "receivers have taken the changes. An instance streams the slot"));
		assertThat(this.first.getBean(MeterRegistry.class)
			.get("signals.external.slot.lag")
			.tag("slot", "signals_external_instances")
			.gauge()
			.value()).isGreaterThan(64 * 1024);

		int released = output.toString().length();
		receivers.hold = null;
		hold.countDown();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> output.toString()
				.substring(released)
				.contains("Replication slot 'signals_external_instances' has caught up"));
		assertThat(receivers.articles).filteredOn((snapshot) -> snapshot.type() == SignalType.POST_SAVE).hasSize(2000);
	}

	@Test
	void anExternalReceiverOfAnEntityWithATwoColumnIdFailsStartupNamingIt() {
		assertThatExceptionOfType(Exception.class)
			.isThrownBy(() -> new SpringApplicationBuilder(ExternalChangesTestApplication.class,
					MembershipReceiver.class)
				.run(server.arguments()))
			.havingRootCause()
			.isInstanceOf(SignalsConfigurationException.class)
			.withMessageContaining("MembershipReceiver.joined")
			.withMessageContaining(Membership.class.getName())
			.withMessageContaining("single-column id");
	}

	@Test
	void aStreamOnAServerWithoutLogicalDecodingFailsStartup() throws SQLException {
		JdbcTemplate replicaLevelServer = new JdbcTemplate(
				new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:5432/test", "postgres", ""));
		String schema = server.schema();
		replicaLevelServer.execute("drop schema if exists " + schema + " cascade");
		replicaLevelServer.execute("create schema " + schema);
		replicaLevelServer.execute("create table " + schema + ".article (id bigint primary key, title text, views int)");
		replicaLevelServer.execute("create table " + schema + ".tag (id bigint primary key, name text, article_count int)");
		replicaLevelServer.execute("create table " + schema + ".article_tags (articles_id bigint, tags_id bigint)");
		try {
			assertThatExceptionOfType(Exception.class)
				.isThrownBy(() -> new SpringApplicationBuilder(ExternalChangesTestApplication.class)
					.run(server.arguments("--signals.external.url=jdbc:postgresql://127.0.0.1:5432/test")))
				.withStackTraceContaining("The change stream of external receivers could not start")
				.withStackTraceContaining("logical decoding requires wal_level >= logical");
		}
		finally {
			replicaLevelServer.execute("drop schema " + schema + " cascade");
			replicaLevelServer.execute("drop publication if exists " + server.slot());
		}
	}

	private static void ownWrite(ConfigurableApplicationContext context, long id) {
		ArticleRepository articles = context.getBean(ArticleRepository.class);
		TagRepository tags = context.getBean(TagRepository.class);
		context.getBean(TransactionTemplate.class).executeWithoutResult((status) -> {
			Article article = articles.save(new Article(id, "own"));
			article.getTags().add(tags.getReferenceById(1L));
		});
	}

	/**
	 * An external receiver of {@link Membership}, registered only where a test names it.
	 */
	static class MembershipReceiver {

		@SignalReceiver(external = true)
		public void joined(SignalSnapshot<Membership> snapshot) {
		}

	}

	private static ExternalReceivers receivers(ConfigurableApplicationContext context) {
		return context.getBean(ExternalReceivers.class);
	}

}
