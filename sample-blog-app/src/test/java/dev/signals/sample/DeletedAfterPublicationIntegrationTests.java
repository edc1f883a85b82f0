package dev.signals.sample;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An article deleted right after its publication committed, before or while its
 * after-commit receivers (the followers' notifications, the search document) do their work,
 * is an expected race: the publication commits, nothing is left of the article, and nothing
 * is logged as a failure.
 */
@ExtendWith(OutputCaptureExtension.class)
class DeletedAfterPublicationIntegrationTests extends BlogTestSupport {

	@Autowired
	DeletionDuringPublication deletions;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void anArticleDeletedBeforeItsReceiversRunIsSkippedQuietly(CapturedOutput output) {
		long id = publishedAndDeleted(DeletionDuringPublication.BEFORE);
		assertNothingLeftOf(id);
		assertThat(output).doesNotContain("failed in phase AFTER_COMMIT").doesNotContain("NotFoundException");
	}

	@Test
	void anArticleDeletedWhileItsFollowersAreNotifiedIsNoForeignKeyViolation(CapturedOutput output) throws Exception {
		long id = publishedAndDeleted(DeletionDuringPublication.DURING);
		this.deletions.awaitDeletion();
		assertNothingLeftOf(id);
		assertThat(output).doesNotContain("failed in phase AFTER_COMMIT").doesNotContain("foreign key");
	}

	private long publishedAndDeleted(String title) {
		BlogApi api = api();
		long author = api.createAuthor("Vanishing " + this.run + " " + title);
		long follower = api.createAuthor("Watcher " + this.run + " " + title);
		api.post("/api/authors/" + author + "/followers", Map.of("followerId", follower));
		long id = api.createArticle(author, title, "text", List.of()).json().get("id").asLong();
		assertThat(api.post("/api/articles/" + id + "/publish", Map.of()).status())
			.as("the publication committed; the answer shows the article, or 404 when it is gone by then")
			.isIn(200, 404);
		return id;
	}

	private void assertNothingLeftOf(long id) {
		assertThat(count("select count(*) from article where id = ?", id)).isZero();
		assertThat(count("select count(*) from notification where article_id = ?", id)).isZero();
		assertThat(count("select count(*) from search_document where article_id = ?", id)).isZero();
	}

}
