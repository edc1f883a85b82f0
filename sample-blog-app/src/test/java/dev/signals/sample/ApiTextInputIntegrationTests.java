package dev.signals.sample;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.signals.sample.BlogApi.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that the database cannot store as sent (a NUL character, an unpaired surrogate),
 * control characters, text that is blank once trimmed of invisible characters, text longer
 * than its column and more tags than an article may have are 400s naming the field, never a
 * 409 that says to try again, and nothing is written.
 */
class ApiTextInputIntegrationTests extends BlogTestSupport {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aNulCharacterIsA400NamingTheField() {
		BlogApi api = api();
		long author = api.createAuthor("Nul " + this.run);
		long id = api.createArticle(author, "Nul " + this.run, "text", List.of()).json().get("id").asLong();
		long articles = count("select count(*) from article");
		long authors = count("select count(*) from author");
		Reply title = api.post("/api/articles", json("authorId", author, "title", "A\\u0000B", "body", "text"));
		assertInvalid(title, "title", "must not contain control characters (U+0000 at character 2)");
		assertInvalid(api.post("/api/articles", json("authorId", author, "title", "t", "body", "a\\u0000")), "body",
				"must not contain control characters (U+0000 at character 2)");
		assertInvalid(api.put("/api/articles/" + id, json("authorId", author, "title", "\\u0000", "body", "b")),
				"title", "must not contain control characters (U+0000 at character 1)");
		assertInvalid(api.post("/api/articles/" + id + "/comments", json("authorName", "Ann\\u0000", "body", "hi")),
				"authorName", "must not contain control characters (U+0000 at character 4)");
		assertInvalid(api.post("/api/articles/" + id + "/comments", json("authorName", "Ann", "body", "\\u0000hi")),
				"body", "must not contain control characters (U+0000 at character 1)");
		assertInvalid(api.post("/api/authors", json("name", "Nul\\u0000 " + this.run)), "name",
				"must not contain control characters (U+0000 at character 4)");
		assertThat(count("select count(*) from article")).isEqualTo(articles);
		assertThat(count("select count(*) from author")).isEqualTo(authors);
		assertThat(count("select count(*) from comment where article_id = ?", id)).isZero();
		assertThat(api.get("/api/articles/" + id).text("title")).isEqualTo("Nul " + this.run);
	}

	@Test
	void otherControlCharactersAndUnpairedSurrogatesAre400s() {
		BlogApi api = api();
		long author = api.createAuthor("Control " + this.run);
		assertInvalid(api.post("/api/authors", json("name", "Bell\\u0007 " + this.run)), "name",
				"must not contain control characters (U+0007 at character 5)");
		assertInvalid(api.post("/api/authors", json("name", "Del\\u007f")), "name",
				"must not contain control characters (U+007F at character 4)");
		assertInvalid(api.post("/api/authors", json("name", "Next\\u0085line")), "name",
				"must not contain control characters (U+0085 at character 5)");
		assertInvalid(api.post("/api/authors", json("name", "Lone \\ud800 " + this.run)), "name",
				"must not contain an unpaired surrogate (U+D800 at character 6)");
		assertInvalid(api.post("/api/authors", json("name", "\\udc00")), "name",
				"must not contain an unpaired surrogate (U+DC00 at character 1)");
		assertInvalid(api.post("/api/articles", json("authorId", author, "title", "Two\\nlines", "body", "b")),
				"title", "must be a single line");
		assertThat(count("select count(*) from author where name like ?", "%" + this.run)).isOne();
	}

	@Test
	void textThatIsBlankOnceTrimmedIsA400() {
		BlogApi api = api();
		long author = api.createAuthor("Blank " + this.run);
		long articles = count("select count(*) from article");
		for (String blank : List.of("\\u200b", " \\u00a0 ", "\\u2060\\ufeff", "\\u3164", "\\t\\n")) {
			assertInvalid(api.post("/api/articles", json("authorId", author, "title", blank, "body", "text")), "title",
					"must not be blank");
			assertInvalid(api.post("/api/authors", json("name", blank)), "name", "must not be blank");
		}
		assertInvalid(api.post("/api/articles", json("authorId", author, "title", "t", "body", "\\u200b\\n")),
				"body", "must not be blank");
		assertThat(count("select count(*) from article")).isEqualTo(articles);
	}

	@Test
	void textIsStoredTrimmedWithItsLinesAndEmoji() {
		BlogApi api = api();
		long author = api.createAuthor("\u200b Trimmed " + this.run + "\u00a0");
		assertThat(api.get("/api/authors/" + author).text("name")).isEqualTo("Trimmed " + this.run);
		Reply article = api.post("/api/articles", json("authorId", author, "title", "\\ufeffTitle " + this.run + " \\n",
				"body", "line one\\n\\tline two"));
		assertThat(article.status()).isEqualTo(201);
		assertThat(article.text("title")).isEqualTo("Title " + this.run);
		assertThat(article.text("body")).isEqualTo("line one\n\tline two");
		String emoji = "\uD83D\uDE00".repeat(200);
		Reply smiles = api.createArticle(author, emoji, "text", List.of());
		assertThat(smiles.status()).as("200 emoji are 200 characters").isEqualTo(201);
		assertThat(smiles.text("title")).isEqualTo(emoji);
	}

	@Test
	void textLongerThanItsFieldIsA400() {
		BlogApi api = api();
		long author = api.createAuthor("Long " + this.run);
		long id = api.createArticle(author, "Long " + this.run, "text", List.of()).json().get("id").asLong();
		long articles = count("select count(*) from article");
		assertInvalid(api.createArticle(author, "t".repeat(201), "text", List.of()), "title",
				"must be at most 200 characters (it has 201)");
		assertInvalid(api.createArticle(author, "title", "b".repeat(20001), List.of()), "body",
				"must be at most 20000 characters (it has 20001)");
		assertInvalid(api.post("/api/articles/" + id + "/comments", Map.of("authorName", "n".repeat(81), "body", "b")),
				"authorName", "must be at most 80 characters (it has 81)");
		assertInvalid(api.post("/api/articles/" + id + "/comments", Map.of("authorName", "n", "body", "b".repeat(2001))),
				"body", "must be at most 2000 characters (it has 2001)");
		assertInvalid(api.post("/api/authors", Map.of("name", "n".repeat(81))), "name",
				"must be at most 80 characters (it has 81)");
		assertThat(count("select count(*) from article")).isEqualTo(articles);
		assertThat(api.createArticle(author, "t".repeat(200), "b".repeat(20000), List.of()).status()).isEqualTo(201);
	}

	@Test
	void moreThan20TagsIsA400AndWritesNoTag() {
		BlogApi api = api();
		long author = api.createAuthor("Tagger " + this.run);
		List<String> twenty = IntStream.range(0, 20).mapToObj((i) -> "t" + i + "-" + this.run).toList();
		List<String> many = IntStream.range(0, 10000).mapToObj((i) -> "m" + i + "-" + this.run).toList();
		long tags = count("select count(*) from tag");
		assertInvalid(api.createArticle(author, "Many " + this.run, "text", many), "tags",
				"must have at most 20 tags (it has 10000)");
		assertInvalid(api.createArticle(author, "Many " + this.run, "text", Collections.nCopies(21, "same")), "tags",
				"must have at most 20 tags (it has 21)");
		assertThat(count("select count(*) from tag")).isEqualTo(tags);
		Reply created = api.createArticle(author, "Twenty " + this.run, "text", twenty);
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertInvalid(api.put("/api/articles/" + id + "/tags", Map.of("tags", many.subList(0, 21))), "tags",
				"must have at most 20 tags (it has 21)");
		assertInvalid(api.put("/api/articles/" + id,
				Map.of("authorId", author, "title", "t", "body", "b", "tags", many.subList(0, 21))), "tags",
				"must have at most 20 tags (it has 21)");
		assertThat(api.get("/api/articles/" + id).texts("tags", "name")).hasSize(20);
		assertThat(count("select count(*) from tag")).isEqualTo(tags + 20);
		assertTagCountsMatchTheJoinTable();
	}

	/**
	 * A JSON object of the given fields, the values written as they are between quotes (so
	 * that JSON escapes such as {@code \\u0000} reach the server), numbers without quotes.
	 */
	private static String json(Object... fields) {
		StringBuilder json = new StringBuilder("{");
		for (int i = 0; i < fields.length; i += 2) {
			json.append((i > 0) ? "," : "").append('"').append(fields[i]).append("\":");
			json.append((fields[i + 1] instanceof Number) ? fields[i + 1] : "\"" + fields[i + 1] + "\"");
		}
		return json.append('}').toString();
	}

	private static void assertInvalid(Reply reply, String field, String message) {
		assertThat(reply.status()).as("%s", reply.json()).isEqualTo(400);
		assertThat(reply.contentType()).isEqualTo("application/problem+json");
		assertThat(reply.texts("errors", "field")).as("%s", reply.json()).containsExactly(field);
		assertThat(reply.texts("errors", "message")).containsExactly(message);
	}

}
