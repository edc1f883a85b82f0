package dev.signals.sample;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.signals.sample.BlogApi.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API refuses bad input with problem details that name the fields, answers unknown
 * ids with 404, and writes nothing when it refuses.
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
	void unknownAuthorIsA400NamingAuthorIdAndLeavesNoTag() {
		long tags = count("select count(*) from tag");
		Reply reply = api().createArticle(987654321L, "Title", "body", List.of("orphan-" + UUID.randomUUID().toString().substring(0, 8)));
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.texts("errors", "field")).containsExactly("authorId");
		assertThat(count("select count(*) from tag")).isEqualTo(tags);
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

}
