package dev.signals.sample;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.signals.Phase;
import dev.signals.SignalType;
import dev.signals.sample.signals.ActivityEntry;
import dev.signals.sample.signals.ActivityLog;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The activity log receivers record each signal when it is sent and saves and deletions
 * again after commit, with the changed fields, and the custom publication signal between them.
 */
class ActivityLogIntegrationTests extends BlogTestSupport {

	@Autowired
	ActivityLog activity;

	@Test
	void recordsPublishInBothPhasesWithChangedFields() {
		BlogApi api = api();
		long author = api.createAuthor("Active " + UUID.randomUUID());
		long id = api.createArticle(author, "Activity", "text", List.of()).json().get("id").asLong();
		api.post("/api/articles/" + id + "/publish", Map.of());

		List<ActivityEntry> article = this.activity.newestFirst()
			.stream()
			.filter((entry) -> entry.entity().equals("Article") && Long.valueOf(id).equals(entry.entityId()))
			.toList();
		assertThat(article).extracting(ActivityEntry::type, ActivityEntry::phase, ActivityEntry::details)
			.startsWith(tuple(SignalType.POST_SAVE, Phase.AFTER_COMMIT, "changed publishedAt, status"),
					tuple(SignalType.CUSTOM, Phase.IMMEDIATE, "article-published"),
					tuple(SignalType.POST_SAVE, Phase.IMMEDIATE, "changed publishedAt, status"),
					tuple(SignalType.PRE_SAVE, Phase.IMMEDIATE, "changed publishedAt, status"))
			.contains(tuple(SignalType.POST_SAVE, Phase.IMMEDIATE, "created"));
		assertThat(api.get("/api/activity").json().get(0).get("type").asString()).isNotEmpty();
	}

}
