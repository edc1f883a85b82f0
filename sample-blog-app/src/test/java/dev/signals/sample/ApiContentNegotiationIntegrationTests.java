package dev.signals.sample;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.signals.sample.BlogApi.Reply;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request whose {@code Accept} header excludes JSON is answered 406 before anything is
 * done: each write endpoint leaves the database as it was.
 */
class ApiContentNegotiationIntegrationTests extends BlogTestSupport {

	private static final Map<String, String> XML = Map.of("Accept", "application/xml", "Content-Type",
			"application/json");

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void everyWriteThatCannotAnswerInTheAcceptedTypeIs406AndWritesNothing() {
		BlogApi api = api();
		long author = api.createAuthor("Negotiator " + this.run);
		long follower = api.createAuthor("Follower " + this.run);
		long id = api.createArticle(author, "Negotiated " + this.run, "text", List.of("kept")).json().get("id").asLong();

		assertNotAcceptable(api.send(HttpMethod.POST, "/api/authors", XML,
				Map.of("name", "Xml Probe " + this.run)));
		assertThat(count("select count(*) from author where name = ?", "Xml Probe " + this.run)).isZero();

		assertNotAcceptable(api.send(HttpMethod.POST, "/api/articles", XML,
				Map.of("authorId", author, "title", "Xml article " + this.run, "body", "text")));
		assertThat(count("select count(*) from article where title = ?", "Xml article " + this.run)).isZero();

		assertNotAcceptable(api.send(HttpMethod.PUT, "/api/articles/" + id, XML,
				Map.of("authorId", author, "title", "Renamed " + this.run, "body", "new text")));
		assertNotAcceptable(api.send(HttpMethod.PUT, "/api/articles/" + id + "/tags", XML,
				Map.of("tags", List.of("other"))));
		assertNotAcceptable(api.send(HttpMethod.POST, "/api/articles/" + id + "/publish", XML, null));
		assertNotAcceptable(api.send(HttpMethod.POST, "/api/articles/" + id + "/comments", XML,
				Map.of("authorName", "Reader", "body", "Hello")));
		assertNotAcceptable(api.send(HttpMethod.DELETE, "/api/articles/" + id, XML, null));
		Reply article = api.get("/api/articles/" + id);
		assertThat(article.text("title")).isEqualTo("Negotiated " + this.run);
		assertThat(article.text("status")).isEqualTo("DRAFT");
		assertThat(article.texts("tags", "name")).containsExactly("kept");
		assertThat(article.json().get("comments")).isEmpty();

		assertNotAcceptable(api.send(HttpMethod.POST, "/api/authors/" + author + "/followers", XML,
				Map.of("followerId", follower)));
		assertThat(count("select count(*) from author_follower where author_id = ?", author)).isZero();
	}

	@Test
	void readsThatCannotAnswerInTheAcceptedTypeAre406() {
		assertNotAcceptable(api().send(HttpMethod.GET, "/api/articles", Map.of("Accept", "application/xml"), null));
		assertNotAcceptable(api().send(HttpMethod.GET, "/api/tags", Map.of("Accept", "text/csv"), null));
	}

	private static void assertNotAcceptable(Reply reply) {
		assertThat(reply.status()).isEqualTo(406);
		assertThat(reply.contentType()).isEqualTo("application/problem+json");
		assertThat(reply.text("detail")).contains("application/json");
	}

}
