package dev.signals.externalchanges;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import dev.signals.M2MAction;
import dev.signals.SignalSnapshot;
import dev.signals.SignalType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Changes committed by another JDBC connection reach external receivers, on the PostgreSQL
 * server with {@code wal_level=logical} on port 5433 (the cluster {@code .ci/run} starts).
 * The tests start and stop the application themselves, to check what happens across a
 * restart.
 */
class ExternalChangesIntegrationTests {

	static final LogicalDecodingServer server = new LogicalDecodingServer("signals_external",
			"signals_external_tests");

	static ConfigurableApplicationContext context;

	@BeforeAll
	static void freshSchemaAndSlot() throws SQLException {
		server.fresh();
		context = server.start();
		sql("insert into tag (id, name, article_count) values (1, 'java', 0), (2, 'sql', 0)");
	}

	@AfterAll
	static void stopAndDropSlot() throws SQLException {
		if (context != null) {
			context.close();
		}
		server.dropSlot();
	}

	@BeforeEach
	void emptyTables() throws SQLException {
		sql("delete from article_tags", "delete from article", "update tag set article_count = 0");
		server.awaitCaughtUp(context);
		receivers().clear();
	}

	@Test
	void insertsUpdatesAndDeletesOfAnotherProgramArriveAsSnapshots() throws SQLException {
		sql("insert into article (id, title, views) values (1, 'Hello', 0)",
				"update article set title = 'Hello, world', views = 3 where id = 1", "delete from article where id = 1");

		await().atMost(Duration.ofSeconds(30)).until(() -> receivers().articles.size() == 3);
		List<SignalSnapshot<?>> received = receivers().articles;
		SignalSnapshot<?> insert = received.get(0);
		assertThat(insert.type()).isEqualTo(SignalType.POST_SAVE);
		assertThat(insert.sender()).isEqualTo(Article.class);
		assertThat(insert.external()).isTrue();
		assertThat(insert.created()).isTrue();
		assertThat(insert.entityId()).isEqualTo(1L);
		assertThat(insert.current()).containsEntry("title", "Hello").containsEntry("views", 0);
		SignalSnapshot<?> update = received.get(1);
		assertThat(update.type()).isEqualTo(SignalType.POST_SAVE);
		assertThat(update.created()).isFalse();
		assertThat(update.updateFields()).containsExactlyInAnyOrder("title", "views");
		assertThat(update.previous()).containsEntry("title", "Hello").containsEntry("views", 0);
		assertThat(update.current()).containsEntry("title", "Hello, world").containsEntry("views", 3);
		SignalSnapshot<?> delete = received.get(2);
		assertThat(delete.type()).isEqualTo(SignalType.POST_DELETE);
		assertThat(delete.entityId()).isEqualTo(1L);
		assertThat(delete.current()).containsEntry("title", "Hello, world");
	}

	@Test
	void joinTableRowsOfAnotherProgramKeepTheCounterEqualToTheCount() throws SQLException {
		sql("insert into article (id, title, views) values (10, 'a', 0), (11, 'b', 0)",
				"insert into article_tags (articles_id, tags_id) values (10, 1), (10, 2), (11, 1)",
				"delete from article_tags where articles_id = 10 and tags_id = 2",
				"insert into article_tags (articles_id, tags_id) values (11, 2)");

		await().atMost(Duration.ofSeconds(30)).until(() -> receivers().tagChanges.size() == 5);
		assertThat(receivers().tagChanges).allSatisfy((snapshot) -> {
			assertThat(snapshot.external()).isTrue();
			assertThat(snapshot.reverse()).isTrue();
			assertThat(snapshot.field()).isEqualTo("articles");
		});
		SignalSnapshot<?> removal = receivers().tagChanges.get(3);
		assertThat(removal.action()).isEqualTo(M2MAction.POST_REMOVE);
		assertThat(removal.entityId()).isEqualTo(2L);
		assertThat(removal.pkSet()).isEqualTo(Set.of(10L));
		assertThat(counters()).isEqualTo(counts());
		List<SignalSnapshot<?>> ownerSide = receivers().articles.stream()
			.filter((snapshot) -> snapshot.type() == SignalType.M2M_CHANGED)
			.toList();
		assertThat(ownerSide).hasSize(5).allSatisfy((snapshot) -> {
			assertThat(snapshot.reverse()).isFalse();
			assertThat(snapshot.field()).isEqualTo("tags");
		});
	}

	@Test
	void theApplicationsOwnWritesInterleavedWithOthersProduceNoSnapshots() throws SQLException {
		TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
		ArticleRepository articles = context.getBean(ArticleRepository.class);
		TagRepository tags = context.getBean(TagRepository.class);
		try (Connection other = DriverManager.getConnection(server.url(), "postgres", "");
				Statement statement = other.createStatement()) {
			for (long i = 0; i < 1000; i++) {
				long own = 100_000 + i;
				transaction.executeWithoutResult((status) -> {
					Article article = articles.save(new Article(own, "own"));
					article.getTags().add(tags.getReferenceById(1L));
				});
				statement.execute("insert into article (id, title, views) values (" + i + ", 'other', 0)");
			}
		}
		server.awaitCaughtUp(context);

		List<SignalSnapshot<?>> received = receivers().articles;
		assertThat(received).filteredOn((snapshot) -> (Long) snapshot.entityId() >= 100_000).isEmpty();
		assertThat(received).filteredOn((snapshot) -> snapshot.type() == SignalType.POST_SAVE).hasSize(1000);
		assertThat(receivers().tagChanges).isEmpty();
	}

	@Test
	void changesMadeWhileTheApplicationWasDownArriveWhenItStartsAgain() throws SQLException {
		context.close();
		context = null;
		sql("insert into article (id, title, views) values (20, 'while down', 0)",
				"insert into article_tags (articles_id, tags_id) values (20, 1)");
		context = server.start();

		await().atMost(Duration.ofSeconds(60)).until(() -> receivers().tagChanges.size() == 1);
		assertThat(receivers().articles).extracting(SignalSnapshot::entityId).contains(20L);
		assertThat(counters()).isEqualTo(counts());
	}

	@Test
	void aFailingReceiverIsRetriedAndTheChangeIsNotLost() throws SQLException {
		receivers().failuresLeft.set(3);
		sql("insert into article (id, title, views) values (30, 'doomed', 0)", "delete from article where id = 30");

		await().atMost(Duration.ofSeconds(30)).until(() -> receivers().flakyReceived.size() == 1);
		assertThat(receivers().flakyAttempts.get()).isEqualTo(4);
		assertThat(receivers().flakyReceived.get(0).entityId()).isEqualTo(30L);
	}

	private static ExternalReceivers receivers() {
		return context.getBean(ExternalReceivers.class);
	}

	private static List<Integer> counters() {
		return context.getBean(JdbcTemplate.class)
			.queryForList("select article_count from tag where id in (1, 2) order by id", Integer.class);
	}

	private static List<Integer> counts() {
		return context.getBean(JdbcTemplate.class)
			.queryForList("select (select count(*) from article_tags t where t.tags_id = tag.id)::int from tag "
					+ "where id in (1, 2) order by id", Integer.class);
	}

	private static void sql(String... statements) throws SQLException {
		server.sql(statements);
	}

}
