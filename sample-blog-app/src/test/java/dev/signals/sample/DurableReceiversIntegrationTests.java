package dev.signals.sample;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.signals.DurablePublication;
import dev.signals.DurablePublications;
import dev.signals.sample.signals.ArticlePublished;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The durable receivers of {@link ArticlePublished}: the publishing transaction stores their
 * deliveries in the event publication registry, they are completed once it has committed,
 * and a second delivery of the same publication (as after a crash between the receivers'
 * commit and the registry's completion mark) notifies no follower twice and leaves one
 * search document.
 */
class DurableReceiversIntegrationTests extends BlogTestSupport {

	private static final String NOTIFICATIONS = "follower-notifications";

	private static final String SEARCH_DOCUMENT = "search-document";

	@Autowired
	DurablePublications publications;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aPublicationsDeliveriesAreStoredAndCompletedOnceItCommitted() {
		Instant start = Instant.now();
		long id = publishedWithAFollower("Stored");

		assertThat(this.jdbc.queryForList("select listener_id, status from event_publication "
				+ "where publication_date >= ? order by listener_id", Timestamp.from(start)))
			.containsExactly(Map.of("listener_id", "signals:" + NOTIFICATIONS, "status", "COMPLETED"),
					Map.of("listener_id", "signals:" + SEARCH_DOCUMENT, "status", "COMPLETED"));
		assertThat(count("select count(*) from notification where article_id = ?", id)).isOne();
		assertThat(count("select count(*) from search_document where article_id = ?", id)).isOne();
	}

	@Test
	void aPublicationDeliveredTwiceTakesEffectOnce() throws InterruptedException {
		Instant start = Instant.now();
		long id = publishedWithAFollower("Redelivered");
		long attempts = count("select sum(completion_attempts) from event_publication where publication_date >= ?",
				Timestamp.from(start));
		assertThat(this.jdbc.update("update event_publication set status = 'FAILED', completion_date = null "
				+ "where publication_date >= ?", Timestamp.from(start)))
			.as("the publication's two deliveries, completed, put back as if their completion had been lost")
			.isEqualTo(2);

		List<DurablePublication> redelivered = this.publications.failed()
			.stream()
			.filter((publication) -> publication.snapshot().payload() instanceof ArticlePublished published
					&& published.articleId() == id)
			.toList();
		assertThat(redelivered).extracting(DurablePublication::receiver)
			.containsExactlyInAnyOrder(NOTIFICATIONS, SEARCH_DOCUMENT);
		redelivered.forEach((publication) -> this.publications.resubmit(publication.id()));

		awaitCompletedAgain(start, attempts);
		assertThat(count("select count(*) from notification where article_id = ?", id)).isOne();
		assertThat(count("select count(*) from search_document where article_id = ?", id)).isOne();
	}

	/**
	 * Publish a new article of a new author with one follower.
	 * @return the article's id
	 */
	private long publishedWithAFollower(String title) {
		BlogApi api = api();
		long writer = api.createAuthor(title + " writer " + this.run);
		long fan = api.createAuthor(title + " fan " + this.run);
		api.post("/api/authors/" + writer + "/followers", Map.of("followerId", fan));
		long id = api.createArticle(writer, title + " " + this.run, "text", List.of()).json().get("id").asLong();
		assertThat(api.post("/api/articles/" + id + "/publish", Map.of()).status()).isEqualTo(200);
		return id;
	}

	/**
	 * Wait until the deliveries stored since a moment were completed by one more attempt
	 * each: {@code resubmit} runs them on the calling thread, unless the periodic
	 * resubmission of failed deliveries claimed them first.
	 */
	private void awaitCompletedAgain(Instant since, long attemptsBefore) throws InterruptedException {
		String attemptsCompleted = "select coalesce(sum(completion_attempts), 0) from event_publication "
				+ "where publication_date >= ? and status = 'COMPLETED'";
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (count(attemptsCompleted, Timestamp.from(since)) < attemptsBefore + 2 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(count(attemptsCompleted, Timestamp.from(since))).isEqualTo(attemptsBefore + 2);
	}

}
