package dev.signals.sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.signals.M2MAction;
import dev.signals.SignalSnapshot;
import dev.signals.SignalType;
import dev.signals.sample.model.Article;
import dev.signals.sample.signals.ExternalTagCountReceiver;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The blog with the {@code external} profile on the PostgreSQL server with
 * {@code wal_level=logical} at 127.0.0.1:5433 (the cluster {@code .ci/run} starts): rows
 * inserted into and deleted from the join table with plain SQL, as the README's psql command
 * does, keep the tag counts equal to the join table, also across the blog's own tagging, and
 * a change delivered twice is counted once. It runs in a schema and a replication slot of its
 * own, named after {@code blog.test-schema} with {@code _external} appended, both dropped at
 * the end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "blog-it", "external" })
@Import(OwnTestSchema.class)
class ExternalProfileIntegrationTests {

	@DynamicPropertySource
	static void logicalDecodingServerAndOwnSlot(DynamicPropertyRegistry registry) {
		String schema = System.getProperty("blog.test-schema", "blog_it") + "_external";
		registry.add("blog.test-schema", () -> schema);
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://127.0.0.1:5433/test?currentSchema=" + schema);
		registry.add("signals.external.slot-name", () -> schema);
		registry.add("signals.external.publication-name", () -> schema);
		registry.add("signals.external.offset-table", () -> schema + "_offsets");
		registry.add("signals.external.default-schema", () -> schema);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ExternalTagCountReceiver receiver;

	@Value("${spring.datasource.url}")
	String url;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void joinTableRowsWrittenWithPlainSqlKeepTheTagCountsExact() throws SQLException {
		BlogApi api = new BlogApi("http://localhost:" + this.port);
		long author = api.createAuthor("Scripter " + this.run);
		String tag = "psql-" + this.run;
		long article = articleId(api, author, "Tagged by hand", List.of(tag));
		long other = articleId(api, author, "Tagged by script", List.of());
		assertThat(articleCount(api, tag)).isEqualTo(1);

		psql("insert into article_tag (article_id, tag_id) select " + other + ", id from tag where name = '" + tag
				+ "'");
		await().atMost(Duration.ofSeconds(30)).until(() -> articleCount(api, tag) == 2);
		psql("delete from article_tag where article_id = " + article + " and tag_id = (select id from tag where name = '"
				+ tag + "')");
		await().atMost(Duration.ofSeconds(30)).until(() -> articleCount(api, tag) == 1);

		assertThat(api.put("/api/articles/" + article + "/tags", Map.of("tags", List.of(tag))).status()).isEqualTo(200);
		assertThat(articleCount(api, tag)).isEqualTo(2);
		// changes reach the receivers in commit order: once this one is counted, the blog's own
		// retagging has passed the stream too, and the count still equals the join table
		psql("delete from article_tag where article_id = " + other + " and tag_id = (select id from tag where name = '"
				+ tag + "')");
		await().atMost(Duration.ofSeconds(30)).until(() -> articleCount(api, tag) == 1);
		assertThat(joinTableRows(tag)).isEqualTo(1);
	}

	@Test
	void aChangeDeliveredAgainAfterACrashIsNotCountedTwiceAndRepairsTheCount() {
		BlogApi api = new BlogApi("http://localhost:" + this.port);
		long author = api.createAuthor("Repeater " + this.run);
		String tag = "again-" + this.run;
		long article = articleId(api, author, "Counted once", List.of(tag));
		long tagId = this.jdbc.queryForObject("select id from tag where name = ?", Long.class, tag);
		SignalSnapshot<Article> added = SignalSnapshot.builder(SignalType.M2M_CHANGED, Article.class)
			.entityId(article)
			.m2m(M2MAction.POST_ADD, "tags", false, Set.of(tagId))
			.external(true)
			.build();

		this.jdbc.update("update tag set article_count = 7 where id = ?", tagId);

		this.receiver.recount(added);
		this.receiver.recount(added);

		assertThat(articleCount(api, tag)).isEqualTo(1).isEqualTo(joinTableRows(tag));
	}

	/**
	 * Run a statement as another program would: on a connection of its own, committed.
	 */
	private void psql(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.url, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private long articleId(BlogApi api, long author, String title, List<String> tags) {
		return api.createArticle(author, title + " " + this.run, "Rows from psql", tags).json().get("id").asLong();
	}

	private int articleCount(BlogApi api, String tag) {
		return api.get("/api/tags/" + tag).json().get("articleCount").asInt();
	}

	private int joinTableRows(String tag) {
		return this.jdbc.queryForObject(
				"select count(*) from article_tag where tag_id = (select id from tag where name = ?)", Integer.class,
				tag);
	}

	/**
	 * Drops the test's replication slot and publication when the blog stops (its change
	 * stream has stopped by then).
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class DropSlot {

		@Bean
		DisposableBean dropSlotAtEnd(JdbcTemplate jdbc, @Value("${signals.external.slot-name}") String slot) {
			return () -> {
				jdbc.queryForList("select pg_drop_replication_slot(slot_name) from pg_replication_slots "
						+ "where slot_name = ?", slot);
				jdbc.execute("drop publication if exists " + slot);
			};
		}

	}

}
