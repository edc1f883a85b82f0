package dev.signals.sample;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search document of a published article follows the edits of its title, slug and body
 * once they commit, so the search box never links to an address that is gone; a draft gets
 * no document.
 */
class SearchRefreshIntegrationTests extends BlogTestSupport {

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void editingAPublishedArticleRefreshesItsSearchDocument() {
		BlogApi api = api();
		long author = api.createAuthor("Reindexed " + this.run);
		long id = api.createArticle(author, "Aardvark " + this.run, "walrus" + this.run, List.of())
			.json()
			.get("id")
			.asLong();
		api.post("/api/articles/" + id + "/publish", Map.of());
		assertThat(api.get("/api/search?q=walrus" + this.run).texts("slug")).containsExactly("aardvark-" + this.run);

		api.put("/api/articles/" + id,
				Map.of("authorId", author, "title", "Pangolin " + this.run, "slug", "", "body", "narwhal" + this.run));

		assertThat(api.get("/api/search?q=narwhal" + this.run).texts("slug")).containsExactly("pangolin-" + this.run);
		assertThat(api.get("/api/search?q=walrus" + this.run).texts("slug")).isEmpty();
		assertThat(api.get("/api/search?q=aardvark").texts("slug")).doesNotContain("aardvark-" + this.run);
		assertThat(count("select count(*) from search_document where article_id = ?", id)).isOne();
	}

	@Test
	void editingADraftWritesNoSearchDocument() {
		BlogApi api = api();
		long author = api.createAuthor("Drafting " + this.run);
		long id = api.createArticle(author, "Draft " + this.run, "text", List.of()).json().get("id").asLong();
		api.put("/api/articles/" + id,
				Map.of("authorId", author, "title", "Still a draft " + this.run, "slug", "", "body", "more text"));
		assertThat(count("select count(*) from search_document where article_id = ?", id)).isZero();
	}

}
