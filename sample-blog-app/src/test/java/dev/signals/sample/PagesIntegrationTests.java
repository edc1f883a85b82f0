package dev.signals.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server-rendered pages: the article page follows slug changes and deletions through
 * the cache the receivers evict, forms show errors beside their fields, a refused deletion
 * is a 409 page that says why, and every other failure (unknown addresses, ids that are not
 * numbers, bad parameters) is the blog's own error page.
 */
class PagesIntegrationTests extends BlogTestSupport {

	private final HttpClient http = HttpClient.newHttpClient();

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void articlePageFollowsSlugChangesAndDeletion() throws Exception {
		BlogApi api = api();
		long author = api.createAuthor("Paged " + this.run);
		long id = api.createArticle(author, "Old name " + this.run, "text", List.of()).json().get("id").asLong();
		assertThat(page("/articles/old-name-" + this.run).statusCode()).isEqualTo(200);

		api.put("/api/articles/" + id, Map.of("authorId", author, "title", "x", "slug", "new-name-" + this.run, "body",
				"text"));
		assertThat(page("/articles/old-name-" + this.run).statusCode()).isEqualTo(404);
		assertThat(page("/articles/new-name-" + this.run).body()).contains("new-name-" + this.run);

		api.delete("/api/articles/" + id);
		assertThat(page("/articles/new-name-" + this.run).statusCode()).isEqualTo(404);
	}

	@Test
	void formShowsErrorsBesideTheFields() throws Exception {
		HttpResponse<String> response = form("/articles", "title=&body=&authorId=&tags=ok,+not+ok");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("must not be blank", "“not ok” is not a tag: a tag is 1 to 40 letters")
			.contains("field-error");
	}

	@Test
	void formSaysWhichTagIsBadAndExplainsAnAuthorThatIsNotAnId() throws Exception {
		long articles = count("select count(*) from article");
		HttpResponse<String> response = form("/articles", "title=T&body=b&authorId=abc&tags=not+ok,fine,bad!");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("“not ok” is not a tag: a tag is 1 to 40 letters, digits or hyphens")
			.contains("“bad!” is not a tag: a tag is 1 to 40 letters, digits or hyphens")
			.contains("choose one of the authors")
			.doesNotContain("Failed to convert", "NumberFormatException", "java.lang.Long");
		assertThat(count("select count(*) from article")).isEqualTo(articles);
	}

	@Test
	void refusedDeletionIsA409PageThatSaysWhy() throws Exception {
		BlogApi api = api();
		long author = api.createAuthor("Guarded " + this.run);
		long id = api.createArticle(author, "Guarded " + this.run, "text", List.of()).json().get("id").asLong();
		api.post("/api/articles/" + id + "/publish", Map.of());
		api.post("/api/articles/" + id + "/comments", Map.of("authorName", "Reader", "body", "Hi"));
		HttpResponse<String> response = form("/articles/" + id + "/delete", "");
		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.body()).contains("is published and has 1 comment(s); it cannot be deleted");
	}

	@Test
	void formShowsATagLongerThanTheColumnOnceInLowerCaseBesideTheField() throws Exception {
		long articles = count("select count(*) from article");
		HttpResponse<String> response = form("/articles",
				"title=Dotted&body=text&authorId=1&tags=ok," + "%C4%B0".repeat(40));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("a tag is 1 to 40 letters, digits or hyphens, counted in lower case")
			.contains("field-error");
		assertThat(count("select count(*) from article")).isEqualTo(articles);
	}

	@Test
	void unknownAddressesShowTheBlogsErrorPage() throws Exception {
		HttpResponse<String> response = page("/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Signals blog", "404 Not Found", "There is no page at /no-such-page.")
			.doesNotContain("Whitelabel");
	}

	@Test
	void idsThatAreNotNumbersAre404Pages() throws Exception {
		HttpResponse<String> author = page("/authors/abc");
		assertThat(author.statusCode()).isEqualTo(404);
		assertThat(author.body()).contains("Signals blog",
				"There is nothing at /authors/abc: &#39;abc&#39; is not an id.");
		assertThat(form("/articles/abc/publish", "").statusCode()).isEqualTo(404);
		assertThat(page("/articles/abc/edit").statusCode()).isEqualTo(404);
	}

	@Test
	void badFollowerIsA400PageNamingTheField() throws Exception {
		for (String body : List.of("", "followerId=abc")) {
			HttpResponse<String> response = form("/authors/1/followers", body);
			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertThat(response.body()).as(body).contains("Signals blog", "Invalid field(s): followerId");
		}
	}

	@Test
	void articlePageCountsOneWordAndLinksToTheForm() throws Exception {
		BlogApi api = api();
		long author = api.createAuthor("Brief " + this.run);
		api.createArticle(author, "Brief " + this.run, "Hello", List.of());
		String article = page("/articles/brief-" + this.run).body();
		assertThat(article).contains(">1 word<").doesNotContain("<button type=\"button\">");
		assertThat(article).containsPattern("<a class=\"button\" id=\"edit\" href=\"/articles/\\d+/edit\">Edit</a>");
	}

	@Test
	void everyPageRenders() throws Exception {
		for (String path : List.of("/", "/tags", "/tags/computing", "/authors", "/authors/1", "/search?q=engine",
				"/activity", "/articles/new", "/articles/notes-on-the-analytical-engine")) {
			assertThat(page(path).statusCode()).as(path).isEqualTo(200);
		}
	}

	private HttpResponse<String> page(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> form(String path, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
