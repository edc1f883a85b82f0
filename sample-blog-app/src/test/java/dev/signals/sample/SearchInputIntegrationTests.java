package dev.signals.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.signals.sample.BlogApi.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search query is text like any other: control characters are a 400 naming {@code q}
 * (PostgreSQL cannot even compare a NUL), a query blank once trimmed finds nothing, and never
 * every document.
 */
class SearchInputIntegrationTests extends BlogTestSupport {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void controlCharactersInTheQueryAreA400NamingQ() {
		BlogApi api = api();
		published(api);
		for (String query : List.of("%00", "%01", "a%00b", "%7F", "%1B%5B31m")) {
			Reply reply = api.get("/api/search?q=" + query);
			assertThat(reply.status()).as(query).isEqualTo(400);
			assertThat(reply.contentType()).isEqualTo("application/problem+json");
			assertThat(reply.texts("errors", "field")).as(query).containsExactly("q");
			assertThat(reply.texts("errors", "message")).singleElement()
				.asString()
				.startsWith("must not contain control characters");
		}
	}

	@Test
	void aQueryBlankOnceTrimmedFindsNothing() {
		BlogApi api = api();
		published(api);
		for (String query : List.of("", "%20", "%09%0A", "%E2%80%8B", "%C2%A0")) {
			Reply reply = api.get("/api/search?q=" + query);
			assertThat(reply.status()).as(query).isEqualTo(200);
			assertThat(reply.json()).as(query).isEmpty();
		}
		assertThat(api.get("/api/search?q=%20Searchable%20" + this.run + "%0A").texts("slug"))
			.containsExactly("searchable-" + this.run);
	}

	@Test
	void aQueryLongerThan200CharactersIsA400() {
		Reply reply = api().get("/api/search?q=" + "a".repeat(201));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.texts("errors", "message")).containsExactly("must be at most 200 characters (it has 201)");
	}

	@Test
	void theSearchPageShowsA400ForControlCharacters() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/search?q=%00"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Signals blog", "must not contain control characters");
	}

	private void published(BlogApi api) {
		long author = api.createAuthor("Searcher " + this.run);
		long id = api.createArticle(author, "Searchable " + this.run, "text", List.of()).json().get("id").asLong();
		assertThat(api.post("/api/articles/" + id + "/publish", Map.of()).status()).isEqualTo(200);
	}

}
