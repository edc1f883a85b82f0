package dev.signals.sample;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.signals.sample.BlogApi.Reply;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every failure of the JSON API is a problem detail ({@code application/problem+json}),
 * also those no API controller sees (unknown addresses, unsupported methods and media
 * types, unexpected failures); the fields at fault are in one {@code errors} list; and a
 * body that cannot be read says what the endpoint expects.
 */
class ApiErrorFormatIntegrationTests extends BlogTestSupport {

	private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void unsupportedMethodIsA405ProblemWithAllow() {
		Reply reply = api().send(HttpMethod.DELETE, "/api/tags", Map.of(), null);
		assertProblem(reply, 405);
		assertThat(reply.headers().getAllow()).extracting(HttpMethod::name).containsExactly("GET");
		assertThat(reply.text("detail")).isEqualTo("DELETE is not supported at /api/tags; it supports GET");
	}

	@Test
	void unknownAddressesUnderApiAre404Problems() {
		BlogApi api = api();
		for (String accept : List.of("application/json", "text/html", "*/*")) {
			Reply reply = api.send(HttpMethod.GET, "/api/no-such-thing", Map.of("Accept", accept), null);
			assertProblem(reply, 404);
			assertThat(reply.text("detail")).as(accept).isEqualTo("Nothing exists at /api/no-such-thing");
			assertThat(reply.text("instance")).isEqualTo("/api/no-such-thing");
		}
		assertProblem(api.send(HttpMethod.POST, "/api/articles/1/no-such-thing", JSON, "{}"), 404);
	}

	@Test
	void bodyThatIsNotJsonIsA415Problem() {
		Reply reply = api().send(HttpMethod.POST, "/api/authors", Map.of("Content-Type", "text/plain"), "name");
		assertProblem(reply, 415);
		assertThat(reply.text("detail")).isEqualTo("The body must be application/json, not text/plain");
	}

	@Test
	void fieldErrorsOfConflictsAreInTheErrorsList() {
		BlogApi api = api();
		long author = api.createAuthor("Format " + this.run);
		Map<String, Object> article = Map.of("authorId", author, "title", "Taken", "slug", "format-" + this.run, "body",
				"text");
		api.post("/api/articles", article);
		Reply taken = api.post("/api/articles", article);
		assertProblem(taken, 409);
		assertThat(taken.json().has("field")).isFalse();
		assertThat(taken.texts("errors", "field")).containsExactly("slug");
		assertThat(taken.texts("errors", "message"))
			.containsExactly("another article already has the slug 'format-" + this.run + "'");
		Reply name = api.post("/api/authors", Map.of("name", "Format " + this.run));
		assertProblem(name, 409);
		assertThat(name.texts("errors", "field")).containsExactly("name");
	}

	@Test
	void invalidFieldsAreProblems() {
		assertProblem(api().post("/api/authors", Map.of("name", "")), 400);
	}

	@Test
	void unreadableBodiesSayWhatTheEndpointExpects() {
		BlogApi api = api();
		Reply tags = api.send(HttpMethod.PUT, "/api/articles/1/tags", JSON, "{not json");
		assertProblem(tags, 400);
		assertThat(tags.text("detail")).startsWith("The body is not valid JSON")
			.endsWith("expected a JSON object: {\"tags\": [string, …]}");
		Reply array = api.send(HttpMethod.POST, "/api/articles", JSON, "[]");
		assertProblem(array, 400);
		assertThat(array.text("detail")).isEqualTo("The body is not a JSON object; expected a JSON object: "
				+ "{\"title\": string, \"slug\": string (optional), \"body\": string, \"authorId\": integer, "
				+ "\"tags\": [string, …] (optional)}");
		Reply empty = api.send(HttpMethod.POST, "/api/authors", JSON, null);
		assertProblem(empty, 400);
		assertThat(empty.text("detail")).isEqualTo("The body is missing; expected a JSON object: {\"name\": string}");
	}

	@Test
	void unexpectedFailuresAre500ProblemsThatRevealNothing() {
		BlogApi api = api();
		long author = api.createAuthor("Failing " + this.run);
		long id = api.createArticle(author, FailingPublication.TITLE, "x", List.of()).json().get("id").asLong();
		Reply reply = api.post("/api/articles/" + id + "/publish", Map.of());
		assertProblem(reply, 500);
		assertThat(reply.text("detail")).isEqualTo("The server failed to answer this request");
	}

	private static void assertProblem(Reply reply, int status) {
		assertThat(reply.status()).isEqualTo(status);
		assertThat(reply.contentType()).isEqualTo("application/problem+json");
		assertThat(reply.json().get("status").asInt()).isEqualTo(status);
		assertThat(reply.text("title")).isNotEmpty();
		assertThat(reply.text("detail")).isNotEmpty();
	}

}
