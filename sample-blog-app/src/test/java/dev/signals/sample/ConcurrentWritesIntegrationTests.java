package dev.signals.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
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
 * A write that loses a race for an article's slug, in the API and in the form, is a 409 that
 * says to try again, not a 500. The race is made certain: another transaction takes the slug
 * and holds it uncommitted until the request waits for it, then commits.
 */
class ConcurrentWritesIntegrationTests extends BlogTestSupport {

	private static final Duration LOCK_WAIT = Duration.ofSeconds(10);

	@Autowired
	DataSource dataSource;

	private final HttpClient http = HttpClient.newHttpClient();

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void apiCreateThatLosesTheRaceForItsSlugIsA409() throws Exception {
		BlogApi api = api();
		long author = api.createAuthor("API racer " + this.run);
		Reply reply = whileRivalTakes("api-race-" + this.run, author,
				() -> api.createArticle(author, "API race " + this.run, "text", List.of()));
		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.json().get("detail").asString()).contains("Try again");
	}

	@Test
	void formCreateThatLosesTheRaceForItsSlugIsA409Page() throws Exception {
		long author = api().createAuthor("Form racer " + this.run);
		HttpResponse<String> page = whileRivalTakes("form-race-" + this.run, author,
				() -> form("/articles", "title=Form+race+" + this.run + "&body=text&tags=&authorId=" + author));
		assertThat(page.statusCode()).isEqualTo(409);
		assertThat(page.body()).contains("Signals blog", "409 Conflict", "nothing was saved");
	}

	@Test
	void apiEditThatLosesTheRaceForItsSlugIsA409() throws Exception {
		BlogApi api = api();
		long author = api.createAuthor("API editor " + this.run);
		long id = api.createArticle(author, "API edit " + this.run, "text", List.of()).json().get("id").asLong();
		String slug = "api-edit-race-" + this.run;
		Reply reply = whileRivalTakes(slug, author, () -> api.put("/api/articles/" + id,
				Map.of("authorId", author, "title", "Edited", "slug", slug, "body", "text", "tags", List.of())));
		assertThat(reply.status()).isEqualTo(409);
		assertThat(api.get("/api/articles/" + id).json().get("slug").asString()).isEqualTo("api-edit-" + this.run);
	}

	@Test
	void formEditThatLosesTheRaceForItsSlugIsA409Page() throws Exception {
		BlogApi api = api();
		long author = api.createAuthor("Form editor " + this.run);
		long id = api.createArticle(author, "Form edit " + this.run, "text", List.of()).json().get("id").asLong();
		String slug = "form-edit-race-" + this.run;
		HttpResponse<String> page = whileRivalTakes(slug, author,
				() -> form("/articles/" + id, "title=Edited&body=text&tags=&slug=" + slug + "&authorId=" + author));
		assertThat(page.statusCode()).isEqualTo(409);
		assertThat(page.body()).contains("409 Conflict", "nothing was saved");
	}

	/**
	 * Send a request while another transaction holds an uncommitted article with the slug;
	 * commit that transaction once the request waits for it.
	 */
	private <T> T whileRivalTakes(String slug, long author, Callable<T> request) throws Exception {
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try (Connection rival = this.dataSource.getConnection()) {
			rival.setAutoCommit(false);
			try (PreparedStatement insert = rival.prepareStatement("insert into article "
					+ "(title, slug, body, word_count, status, author_id) values (?, ?, 'rival', 1, 'DRAFT', ?)")) {
				insert.setString(1, "Rival " + slug);
				insert.setString(2, slug);
				insert.setLong(3, author);
				insert.executeUpdate();
			}
			Future<T> reply = pool.submit(request);
			awaitWaitingOnALock(reply);
			rival.commit();
			return reply.get(30, TimeUnit.SECONDS);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void awaitWaitingOnALock(Future<?> request) throws InterruptedException {
		Instant deadline = Instant.now().plus(LOCK_WAIT);
		while (count("select count(*) from pg_stat_activity where datname = current_database() "
				+ "and wait_event_type = 'Lock'") == 0) {
			assertThat(request).as("the request ended before it waited for the rival's slug").isNotDone();
			assertThat(Instant.now()).as("the request waits for the rival's slug").isBefore(deadline);
			Thread.sleep(20);
		}
	}

	private HttpResponse<String> form(String path, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
