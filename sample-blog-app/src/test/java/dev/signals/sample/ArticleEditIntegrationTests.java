package dev.signals.sample;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.signals.sample.BlogApi.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edit changes the slug, and so the article's address, only when it says so: a slug
 * left out is kept, an empty one is made anew from the title, another one is taken. The
 * tags work the same way.
 */
class ArticleEditIntegrationTests extends BlogTestSupport {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void anEditWithoutSlugKeepsTheSlugAndTheAddress() {
		BlogApi api = api();
		long author = api.createAuthor("Editor " + this.run);
		long id = api.createArticle(author, "First " + this.run, "text", List.of()).json().get("id").asLong();
		Reply edited = api.put("/api/articles/" + id,
				Map.of("authorId", author, "title", "Second " + this.run, "body", "more text"));
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.text("title")).isEqualTo("Second " + this.run);
		assertThat(edited.text("slug")).isEqualTo("first-" + this.run);
		assertThat(api.put("/api/articles/" + id, "{\"authorId\":" + author + ",\"title\":\"Third\",\"body\":\"b\","
				+ "\"slug\":null}").text("slug")).isEqualTo("first-" + this.run);
	}

	@Test
	void anEmptySlugIsMadeAnewFromTheTitleAndAGivenOneIsTaken() {
		BlogApi api = api();
		long author = api.createAuthor("Renamer " + this.run);
		long id = api.createArticle(author, "Old " + this.run, "text", List.of()).json().get("id").asLong();
		assertThat(api.put("/api/articles/" + id,
				Map.of("authorId", author, "title", "New " + this.run, "body", "text", "slug", "")).text("slug"))
			.isEqualTo("new-" + this.run);
		assertThat(api.put("/api/articles/" + id,
				Map.of("authorId", author, "title", "New " + this.run, "body", "text", "slug", "chosen-" + this.run))
			.text("slug")).isEqualTo("chosen-" + this.run);
	}

	@Test
	void anEditWithoutTagsKeepsTheTagsAndAnEmptyListRemovesThem() {
		BlogApi api = api();
		long author = api.createAuthor("Keeper " + this.run);
		long id = api.createArticle(author, "Tagged " + this.run, "text", List.of("kept-" + this.run))
			.json()
			.get("id")
			.asLong();
		assertThat(api.put("/api/articles/" + id, Map.of("authorId", author, "title", "t", "body", "b"))
			.texts("tags", "name")).containsExactly("kept-" + this.run);
		assertThat(api.put("/api/articles/" + id, Map.of("authorId", author, "title", "t", "body", "b", "tags", List.of()))
			.texts("tags", "name")).isEmpty();
		assertTagCountsMatchTheJoinTable();
	}

}
