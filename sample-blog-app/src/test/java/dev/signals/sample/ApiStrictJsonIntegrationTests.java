package dev.signals.sample;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.signals.sample.BlogApi.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API reads bodies strictly: a missing required field, a field it does not know
 * and a value of the wrong JSON type are each a 400 naming the field, never a default or a
 * conversion, and nothing is written.
 */
class ApiStrictJsonIntegrationTests extends BlogTestSupport {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void retagWithoutTheTagsFieldIsA400AndKeepsTheTags() {
		BlogApi api = api();
		long id = article(api, List.of("kept-a", "kept-b"));
		assertInvalid(api.put("/api/articles/" + id + "/tags", "{}"), "tags");
		assertInvalid(api.put("/api/articles/" + id + "/tags", "{\"tag\":[\"x\"]}"), "tag");
		assertInvalid(api.put("/api/articles/" + id + "/tags", "{\"tags\":null}"), "tags");
		assertInvalid(api.put("/api/articles/" + id + "/tags", "{\"tags\":[\"x\"],\"extra\":1}"), "extra");
		assertThat(api.get("/api/articles/" + id).texts("tags", "name")).containsExactly("kept-a", "kept-b");
		assertTagCountsMatchTheJoinTable();
	}

	@Test
	void missingRequiredFieldsAre400sNamingEachField() {
		BlogApi api = api();
		long author = api.createAuthor("Strict " + this.run);
		long id = article(api, List.of());
		Reply article = api.post("/api/articles", "{}");
		assertThat(article.status()).isEqualTo(400);
		assertThat(article.texts("errors", "field")).containsExactlyInAnyOrder("title", "body", "authorId");
		assertThat(article.texts("errors", "message")).containsOnly("is required");
		assertThat(api.put("/api/articles/" + id, "{\"title\":\"t\"}").texts("errors", "field"))
			.containsExactlyInAnyOrder("body", "authorId");
		assertThat(api.post("/api/articles/" + id + "/comments", "{}").texts("errors", "field"))
			.containsExactlyInAnyOrder("authorName", "body");
		assertInvalid(api.post("/api/authors", "{}"), "name");
		assertInvalid(api.post("/api/authors/" + author + "/followers", "{}"), "followerId");
		assertThat(count("select count(*) from comment where article_id = ?", id)).isZero();
	}

	@Test
	void unknownFieldsAre400sNamingTheField() {
		BlogApi api = api();
		long author = api.createAuthor("Unknown " + this.run);
		long authors = count("select count(*) from author");
		Reply reply = api.post("/api/authors", Map.of("name", "Nick " + this.run, "nickname", "n"));
		assertInvalid(reply, "nickname");
		assertThat(reply.texts("errors", "message")).containsExactly("is not a field here; the fields are: name");
		assertInvalid(api.post("/api/articles",
				Map.of("authorId", author, "title", "t", "body", "b", "titel", "typo")), "titel");
		assertInvalid(api.post("/api/authors/" + author + "/followers", Map.of("follower", author)), "follower");
		assertThat(count("select count(*) from author")).isEqualTo(authors);
	}

	@Test
	void valuesOfTheWrongJsonTypeAre400sNamingTheField() {
		BlogApi api = api();
		long author = api.createAuthor("Typed " + this.run);
		long articles = count("select count(*) from article");
		long tags = count("select count(*) from tag");
		String fields = "\"title\":\"Typed\",\"body\":\"text\"";
		Reply fraction = api.post("/api/articles", "{" + fields + ",\"authorId\":" + author + ".5}");
		assertInvalid(fraction, "authorId");
		assertThat(fraction.texts("errors", "message")).containsExactly("must be a whole number");
		assertInvalid(api.post("/api/articles", "{" + fields + ",\"authorId\":" + author + ".0}"), "authorId");
		assertInvalid(api.post("/api/articles", "{" + fields + ",\"authorId\":\"" + author + "\"}"), "authorId");
		assertInvalid(api.post("/api/articles", "{" + fields + ",\"authorId\":true}"), "authorId");
		assertInvalid(api.post("/api/articles", "{" + fields + ",\"authorId\":99999999999999999999}"), "authorId");
		String author1 = "\"authorId\":" + author;
		Reply number = api.post("/api/articles", "{\"title\":123,\"body\":\"text\"," + author1 + "}");
		assertInvalid(number, "title");
		assertThat(number.texts("errors", "message")).containsExactly("must be a string");
		assertInvalid(api.post("/api/articles", "{\"title\":true,\"body\":\"text\"," + author1 + "}"), "title");
		assertInvalid(api.post("/api/articles", "{\"title\":\"t\",\"body\":[\"text\"]," + author1 + "}"), "body");
		assertInvalid(api.post("/api/articles", "{" + fields + "," + author1 + ",\"tags\":[1,2]}"), "tags[0]");
		assertInvalid(api.post("/api/articles", "{" + fields + "," + author1 + ",\"tags\":\"java\"}"), "tags");
		assertInvalid(api.post("/api/articles", "{" + fields + "," + author1 + ",\"tags\":[null]}"), "tags[0]");
		assertInvalid(api.post("/api/articles", "{" + fields + "," + author1 + ",\"slug\":7}"), "slug");
		assertInvalid(api.post("/api/authors/" + author + "/followers", "{\"followerId\":1.5}"), "followerId");
		assertInvalid(api.post("/api/authors", "{\"name\":[\"Ann\"]}"), "name");
		assertThat(count("select count(*) from article")).isEqualTo(articles);
		assertThat(count("select count(*) from tag")).isEqualTo(tags);
	}

	@Test
	void aDuplicateFieldIsA400() {
		Reply reply = api().post("/api/authors", "{\"name\":\"One " + this.run + "\",\"name\":\"Two\"}");
		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.text("detail")).contains("Duplicate Object property \"name\"");
		assertThat(count("select count(*) from author where name like ?", "%" + this.run)).isZero();
	}

	private long article(BlogApi api, List<String> tags) {
		long author = api.createAuthor("Owner " + UUID.randomUUID());
		return api.createArticle(author, "Strict " + this.run, "text", tags).json().get("id").asLong();
	}

	private static void assertInvalid(Reply reply, String field) {
		assertThat(reply.status()).as("%s", reply.json()).isEqualTo(400);
		assertThat(reply.contentType()).isEqualTo("application/problem+json");
		assertThat(reply.texts("errors", "field")).as("%s", reply.json()).containsExactly(field);
	}

}
