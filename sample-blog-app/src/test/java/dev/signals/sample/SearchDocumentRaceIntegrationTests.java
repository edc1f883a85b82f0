package dev.signals.sample;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.signals.sample.BlogApi.Reply;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search document refresh that races another one for the same article's document (an edit's
 * refresh and a publication's) is not lost: the race is made certain by another transaction
 * that writes the document and holds it uncommitted until the publication's refresh waits
 * for it, then commits. The refresh then rewrites the document from the article as it is,
 * instead of failing on the duplicate key and leaving the other writer's version.
 */
class SearchDocumentRaceIntegrationTests extends BlogTestSupport {

	private static final Duration LOCK_WAIT = Duration.ofSeconds(10);

	@Autowired
	DataSource dataSource;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aRefreshThatRacesAnotherForTheSameDocumentIsNotLost() throws Exception {
		BlogApi api = api();
		long author = api.createAuthor("Racer " + this.run);
		long id = api.createArticle(author, "Current " + this.run, "fresh" + this.run, List.of())
			.json()
			.get("id")
			.asLong();

		Reply published = whileRivalWritesTheDocument(id, () -> api.post("/api/articles/" + id + "/publish", Map.of()));

		assertThat(published.status()).isEqualTo(200);
		assertThat(this.jdbc.queryForMap("select title, slug, content from search_document where article_id = ?", id))
			.containsEntry("title", "Current " + this.run)
			.containsEntry("slug", "current-" + this.run)
			.containsEntry("content", "current " + this.run + " fresh" + this.run + " ");
		assertThat(api.get("/api/search?q=fresh" + this.run).texts("slug")).containsExactly("current-" + this.run);
		assertThat(api.get("/api/search?q=stale" + this.run).json()).isEmpty();
	}

	/**
	 * Send a request while another transaction holds an uncommitted search document of the
	 * article, with stale content; commit that transaction once the request waits for it.
	 */
	private <T> T whileRivalWritesTheDocument(long articleId, Callable<T> request) throws Exception {
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try (Connection rival = this.dataSource.getConnection()) {
			rival.setAutoCommit(false);
			try (PreparedStatement insert = rival.prepareStatement("insert into search_document "
					+ "(article_id, title, slug, content, refreshed_at) values (?, 'Stale', 'stale', ?, now())")) {
				insert.setLong(1, articleId);
				insert.setString(2, "stale" + this.run);
				insert.executeUpdate();
			}
			Future<T> reply = pool.submit(request);
			awaitBlockedBy(backendPid(rival), reply);
			rival.commit();
			return reply.get(30, TimeUnit.SECONDS);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static long backendPid(Connection connection) throws Exception {
		try (PreparedStatement pid = connection.prepareStatement("select pg_backend_pid()");
				ResultSet result = pid.executeQuery()) {
			result.next();
			return result.getLong(1);
		}
	}

	private void awaitBlockedBy(long rivalPid, Future<?> request) throws InterruptedException {
		Instant deadline = Instant.now().plus(LOCK_WAIT);
		while (count("select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))", rivalPid) == 0) {
			assertThat(request).as("the request ended before it waited for the rival's document").isNotDone();
			assertThat(Instant.now()).as("the request waits for the rival's document").isBefore(deadline);
			Thread.sleep(20);
		}
	}

}
