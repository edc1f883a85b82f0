package dev.signals.sample;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.signals.sample.BlogApi.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article's life through the JSON API on PostgreSQL: create, tag, retag, edit, publish,
 * comment, refused and allowed deletion; after each step the receivers' work (slugs, word
 * counts, profiles) is checked in the answers and in the database.
 */
class ArticleLifecycleIntegrationTests extends BlogTestSupport {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void createTagRetagEditPublishCommentDelete() {
		BlogApi api = api();
		long author = api.createAuthor("Writer " + this.run);
		assertThat(api.get("/api/authors/" + author).json().get("bio").asString()).isEqualTo("Writer " + this.run + " writes here.");

		String title = "Signals in Spring " + this.run;
		String slug = "signals-in-spring-" + this.run;
		Reply created = api.createArticle(author, title, "One two  three\nfour", List.of("Java", " spring ", "java"));
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		assertThat(created.json().get("slug").asString()).isEqualTo(slug);
		assertThat(created.json().get("wordCount").asInt()).isEqualTo(4);
		assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");
		assertThat(created.texts("tags", "name")).containsExactly("java", "spring");
		assertThat(this.jdbc.queryForMap("select slug, word_count from article where id = ?", id))
			.containsEntry("slug", slug)
			.containsEntry("word_count", 4);
		assertTagCountsMatchTheJoinTable();

		assertThat(api.createArticle(author, title, "again", List.of()).json().get("slug").asString())
			.isEqualTo(slug + "-2");
		long third = api.createArticle(author, title, "and again", List.of()).json().get("id").asLong();
		assertThat(api.get("/api/articles/" + third).json().get("slug").asString()).isEqualTo(slug + "-3");

		Reply retagged = api.put("/api/articles/" + id + "/tags", Map.of("tags", List.of("spring", "databases")));
		assertThat(retagged.status()).isEqualTo(200);
		assertThat(retagged.texts("tags", "name")).containsExactly("databases", "spring");
		assertThat(this.jdbc.queryForList(
				"select t.name from article_tag j join tag t on t.id = j.tag_id where j.article_id = ? order by t.name",
				String.class, id))
			.containsExactly("databases", "spring");
		assertTagCountsMatchTheJoinTable();

		Reply edited = api.put("/api/articles/" + id, Map.of("authorId", author, "title", "Renamed " + this.run, "slug",
				"", "body", "just two", "tags", List.of("spring")));
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.json().get("slug").asString()).isEqualTo("renamed-" + this.run);
		assertThat(edited.json().get("wordCount").asInt()).isEqualTo(2);
		assertThat(edited.texts("tags", "name")).containsExactly("spring");
		assertTagCountsMatchTheJoinTable();

		long follower = api.createAuthor("Follower " + this.run);
		assertThat(api.post("/api/authors/" + author + "/followers", Map.of("followerId", follower)).status())
			.isEqualTo(200);
		assertThat(count("select count(*) from notification where article_id = ?", id)).isZero();
		assertThat(count("select count(*) from search_document where article_id = ?", id)).isZero();

		Reply published = api.post("/api/articles/" + id + "/publish", Map.of());
		assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
		String publishedAt = published.json().get("publishedAt").asString();
		assertThat(publishedAt).isNotEmpty();
		assertThat(this.jdbc.queryForList("select recipient_id from notification where article_id = ?", Long.class, id))
			.containsExactly(follower);
		assertThat(count("select count(*) from search_document where article_id = ?", id)).isOne();
		assertThat(api.post("/api/articles/" + id + "/publish", Map.of()).json().get("publishedAt").asString())
			.isEqualTo(publishedAt);

		Reply commented = api.post("/api/articles/" + id + "/comments",
				Map.of("authorName", "Reader", "body", "Nice."));
		assertThat(commented.status()).isEqualTo(201);
		assertThat(commented.texts("comments", "body")).containsExactly("Nice.");

		Reply refused = api.delete("/api/articles/" + id);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("is published and has 1 comment(s)");
		assertThat(count("select count(*) from article where id = ?", id)).isOne();
		assertThat(count("select count(*) from comment where article_id = ?", id)).isOne();
		assertThat(count("select count(*) from article_tag where article_id = ?", id)).isOne();

		api.post("/api/articles/" + third + "/comments", Map.of("authorName", "Reader", "body", "Draft note."));
		assertThat(api.delete("/api/articles/" + third).status()).isEqualTo(204);
		assertThat(api.get("/api/articles/" + third).status()).isEqualTo(404);
		assertThat(count("select count(*) from comment where article_id = ?", third)).isZero();
		assertTagCountsMatchTheJoinTable();

		long tagged = api.createArticle(author, "Tagged " + this.run, "x", List.of("spring", "databases"))
			.json()
			.get("id")
			.asLong();
		assertTagCountsMatchTheJoinTable();
		assertThat(api.delete("/api/articles/" + tagged).status()).isEqualTo(204);
		assertTagCountsMatchTheJoinTable();
	}

	@Test
	void aRolledBackPublicationNotifiesNoOneAndIndexesNothing() {
		BlogApi api = api();
		long author = api.createAuthor("Unlucky " + this.run);
		long follower = api.createAuthor("Reader " + this.run);
		api.post("/api/authors/" + author + "/followers", Map.of("followerId", follower));
		long id = api.createArticle(author, FailingPublication.TITLE, "x", List.of()).json().get("id").asLong();

		assertThat(api.post("/api/articles/" + id + "/publish", Map.of()).status()).isEqualTo(500);

		assertThat(api.get("/api/articles/" + id).json().get("status").asString()).isEqualTo("DRAFT");
		assertThat(count("select count(*) from notification where article_id = ?", id)).isZero();
		assertThat(count("select count(*) from search_document where article_id = ?", id)).isZero();
	}

	@Test
	void givenSlugIsKeptAndATakenOneIsAConflict() {
		BlogApi api = api();
		long author = api.createAuthor("Slugger " + this.run);
		Reply chosen = api.post("/api/articles", Map.of("authorId", author, "title", "Anything", "slug",
				"chosen-" + this.run, "body", "text"));
		assertThat(chosen.json().get("slug").asString()).isEqualTo("chosen-" + this.run);
		Reply taken = api.post("/api/articles", Map.of("authorId", author, "title", "Other", "slug",
				"chosen-" + this.run, "body", "text"));
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.texts("errors", "field")).containsExactly("slug");
	}

}
