package dev.signals.sample;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.signals.sample.BlogApi.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API refuses bad input (invalid or unreadable) with problem details that name the
 * fields, answers unknown ids and ids that are not numbers with 404, and writes nothing when
 * it refuses.
 */
class ApiValidationIntegrationTests extends BlogTestSupport {

	@Test
	void badFieldsAre400NamingEachFieldAndNothingIsWritten() {
		BlogApi api = api();
		long author = api.createAuthor("Validated " + UUID.randomUUID());
		long articles = count("select count(*) from article");
		long tags = count("select count(*) from tag");
		Reply reply = api.createArticle(author, " ", "body", List.of("fine-tag", "not a tag!"));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.json().get("detail").asString()).contains("title", "tags[1]");
		assertThat(reply.texts("errors", "field")).containsExactlyInAnyOrder("title", "tags[1]");
		assertThat(count("select count(*) from article")).isEqualTo(articles);
		assertThat(count("select count(*) from tag")).isEqualTo(tags);
	}

	@Test
	void eachBadTagIsQuotedAsSentInItsMessage() {
		BlogApi api = api();
		long author = api.createAuthor("Quoted " + UUID.randomUUID());
		Reply reply = api.createArticle(author, "Quoted", "body", List.of("${1+1}", "{title}", "ok", "x".repeat(50)));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.texts("errors", "field")).containsExactlyInAnyOrder("tags[0]", "tags[1]", "tags[3]");
		assertThat(reply.texts("errors", "message")).containsExactlyInAnyOrder(
				"“${1+1}” is not a tag: a tag is 1 to 40 letters, digits or hyphens, counted in lower case",
				"“{title}” is not a tag: a tag is 1 to 40 letters, digits or hyphens, counted in lower case",
				"“" + "x".repeat(40) + "…” is not a tag: a tag is 1 to 40 letters, digits or hyphens, counted in lower case");
	}

	@Test
	void unknownAuthorIsA400NamingAuthorIdAndLeavesNoTag() {
		long tags = count("select count(*) from tag");
		Reply reply = api().createArticle(987654321L, "Title", "body", List.of("orphan-" + UUID.randomUUID().toString().substring(0, 8)));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.texts("errors", "field")).containsExactly("authorId");
		assertThat(count("select count(*) from tag")).isEqualTo(tags);
	}

	@Test
	void tagLongerThanTheColumnOnceInLowerCaseIsA400NamingIt() {
		BlogApi api = api();
		long author = api.createAuthor("Turkish " + UUID.randomUUID());
		long id = api.createArticle(author, "İstanbul", "text", List.of()).json().get("id").asLong();
		long tags = count("select count(*) from tag");
		String dotted = "İ".repeat(40);
		Reply created = api.createArticle(author, "Dotted", "text", List.of("istanbul", dotted));
		assertThat(created.status()).isEqualTo(400);
		assertThat(created.texts("errors", "field")).containsExactly("tags[1]");
		Reply retagged = api.put("/api/articles/" + id + "/tags", Map.of("tags", List.of("istanbul", dotted)));
		assertThat(retagged.status()).isEqualTo(400);
		assertThat(retagged.json().get("detail").asString()).isEqualTo("Invalid field(s): tags[1]");
		assertThat(count("select count(*) from tag")).isEqualTo(tags);
		assertThat(api.put("/api/articles/" + id + "/tags", Map.of("tags", List.of("İ".repeat(20)))).status())
			.isEqualTo(200);
	}

	@Test
	void unreadableFieldsAreA400NamingTheField() {
		BlogApi api = api();
		Reply author = api.post("/api/articles", "{\"title\":\"t\",\"body\":\"b\",\"authorId\":\"abc\"}");
		assertThat(author.status()).isEqualTo(400);
		assertThat(author.json().get("detail").asString()).isEqualTo("Invalid field(s): authorId");
		assertThat(author.texts("errors", "message")).containsExactly("must be a whole number");
		Reply tags = api.put("/api/articles/1/tags", "{\"tags\":\"x\"}");
		assertThat(tags.status()).isEqualTo(400);
		assertThat(tags.texts("errors", "field")).containsExactly("tags");
		assertThat(tags.texts("errors", "message")).containsExactly("must be a list");
		assertThat(api.put("/api/articles/1/tags", "{\"tags\":[\"x\",{}]}").texts("errors", "field"))
			.containsExactly("tags[1]");
	}

	@Test
	void malformedJsonIsA400() {
		assertThat(api().post("/api/articles", "{not json").status()).isEqualTo(400);
	}

	@Test
	void unknownIdsAre404ProblemDetails() {
		BlogApi api = api();
		Reply article = api.get("/api/articles/987654321");
		assertThat(article.status()).isEqualTo(404);
		assertThat(article.json().get("detail").asString()).isEqualTo("Article 987654321 does not exist");
		assertThat(api.put("/api/articles/987654321/tags", Map.of("tags", List.of("x"))).status()).isEqualTo(404);
		assertThat(api.delete("/api/articles/987654321").status()).isEqualTo(404);
		assertThat(api.get("/api/tags/no-such-tag").status()).isEqualTo(404);
		assertThat(api.get("/api/authors/987654321").status()).isEqualTo(404);
	}

	@Test
	void idsThatAreNotNumbersAre404ProblemDetails() {
		BlogApi api = api();
		Reply article = api.get("/api/articles/abc");
		assertThat(article.status()).isEqualTo(404);
		assertThat(article.json().get("detail").asString())
			.isEqualTo("Nothing exists at /api/articles/abc: 'abc' is not an id");
		assertThat(api.post("/api/articles/abc/publish", Map.of()).status()).isEqualTo(404);
		assertThat(api.get("/api/authors/abc/notifications").status()).isEqualTo(404);
	}

}
