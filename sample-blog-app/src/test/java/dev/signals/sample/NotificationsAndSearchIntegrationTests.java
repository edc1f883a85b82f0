package dev.signals.sample;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.signals.sample.service.NotificationService;
import dev.signals.sample.service.SearchIndex;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The work the durable receivers of ArticlePublished do, called directly with the article's
 * id, as they are: one notification per follower, once however often it runs, and a search
 * document that the search box finds.
 */
class NotificationsAndSearchIntegrationTests extends BlogTestSupport {

	@Autowired
	NotificationService notifications;

	@Autowired
	SearchIndex search;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void recordsOneNotificationPerFollowerShownInTheirInbox() {
		BlogApi api = api();
		long writer = api.createAuthor("Followed " + this.run);
		long first = api.createAuthor("First fan " + this.run);
		long second = api.createAuthor("Second fan " + this.run);
		api.post("/api/authors/" + writer + "/followers", Map.of("followerId", first));
		api.post("/api/authors/" + writer + "/followers", Map.of("followerId", second));
		long id = api.createArticle(writer, "News " + this.run, "text", List.of()).json().get("id").asLong();

		assertThat(this.notifications.recordForFollowers(id)).isEqualTo(2);

		String message = "Followed " + this.run + " published \"News " + this.run + "\"";
		assertThat(api.get("/api/authors/" + first + "/notifications").texts("message")).containsExactly(message);
		assertThat(api.get("/api/authors/" + second + "/notifications").texts("message")).containsExactly(message);
		assertThat(api.get("/api/authors/" + writer + "/notifications").texts("message")).isEmpty();
	}

	@Test
	void recordingAgainNotifiesOnlyTheFollowersNotNotifiedYet() {
		BlogApi api = api();
		long writer = api.createAuthor("Renotified " + this.run);
		long early = api.createAuthor("Early fan " + this.run);
		long late = api.createAuthor("Late fan " + this.run);
		api.post("/api/authors/" + writer + "/followers", Map.of("followerId", early));
		long id = api.createArticle(writer, "Again " + this.run, "text", List.of()).json().get("id").asLong();
		assertThat(this.notifications.recordForFollowers(id)).isOne();

		assertThat(this.notifications.recordForFollowers(id)).isZero();
		api.post("/api/authors/" + writer + "/followers", Map.of("followerId", late));
		assertThat(this.notifications.recordForFollowers(id)).isOne();
		assertThat(this.notifications.recordForFollowers(id)).isZero();

		assertThat(api.get("/api/authors/" + early + "/notifications").texts("message")).hasSize(1);
		assertThat(api.get("/api/authors/" + late + "/notifications").texts("message")).hasSize(1);
	}

	@Test
	void refreshWritesADocumentTheSearchFindsByTitleBodyOrTag() {
		BlogApi api = api();
		long writer = api.createAuthor("Indexed " + this.run);
		long id = api.createArticle(writer, "Zebra " + this.run, "Quokka words", List.of("okapi"))
			.json()
			.get("id")
			.asLong();
		assertThat(api.get("/api/search?q=quokka").texts("slug")).doesNotContain("zebra-" + this.run);

		this.search.refresh(id);
		assertThat(api.get("/api/search?q=QUOKKA").texts("slug")).contains("zebra-" + this.run);
		assertThat(api.get("/api/search?q=okapi").texts("slug")).contains("zebra-" + this.run);

		api.put("/api/articles/" + id + "/tags", Map.of("tags", List.of("tapir")));
		this.search.refresh(id);
		assertThat(api.get("/api/search?q=okapi").texts("slug")).doesNotContain("zebra-" + this.run);
		assertThat(count("select count(*) from search_document where article_id = ?", id)).isOne();
	}

	@Test
	void followingValidatesTheFollower() {
		BlogApi api = api();
		long writer = api.createAuthor("Lonely " + this.run);
		assertThat(api.post("/api/authors/" + writer + "/followers", Map.of("followerId", writer)).texts("errors", "field"))
			.containsExactly("followerId");
		assertThat(api.post("/api/authors/" + writer + "/followers", Map.of()).texts("errors", "field"))
			.containsExactly("followerId");
	}

}
