package dev.signals.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.signals.Phase;
import dev.signals.SignalType;
import dev.signals.sample.signals.ActivityEntry;
import dev.signals.sample.signals.ActivityLog;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The activity log receivers record each signal when it is sent and saves and deletions
 * again after commit, with the changed fields, and the custom publication signal between them;
 * the requests, but the activity's own; and the schema migrations.
 */
class ActivityLogIntegrationTests extends BlogTestSupport {

	@Autowired
	ActivityLog activity;

	@Autowired
	Flyway flyway;

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

	@Test
	void recordsRequestsButNotTheActivitysOwn() throws InterruptedException {
		BlogApi api = api();
		Instant start = Instant.now();
		api.get("/api/tags");
		api.get("/api/activity");

		List<ActivityEntry> tags = awaitEntries("GET /api/tags", start, 2);
		assertThat(tags).extracting(ActivityEntry::type)
			.containsExactly(SignalType.REQUEST_FINISHED, SignalType.REQUEST_STARTED);
		assertThat(tags.get(0).details()).matches("200 in \\d+ ms");
		assertThat(this.activity.newestFirst()).extracting(ActivityEntry::entity)
			.doesNotContain("GET /api/activity");
	}

	@Test
	void recordsAMigrationWhileItRuns() {
		this.flyway.migrate();

		assertThat(this.activity.newestFirst()).filteredOn((entry) -> entry.entity().equals("Flyway"))
			.extracting(ActivityEntry::type, ActivityEntry::details)
			.startsWith(tuple(SignalType.POST_MIGRATE, "nothing to apply"), tuple(SignalType.PRE_MIGRATE, ""));
	}

	/**
	 * The entries of a request, newest first, once there are as many as expected: the client
	 * may have the answer before the request's end is signalled.
	 */
	/**
	 * The entries of an entity recorded since a moment (other tests of the same application
	 * make requests too), waiting for as many as expected.
	 */
	private List<ActivityEntry> awaitEntries(String entity, Instant since, int count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		List<ActivityEntry> entries;
		do {
			entries = this.activity.newestFirst()
				.stream()
				.filter((entry) -> entry.entity().equals(entity) && !entry.at().isBefore(since))
				.toList();
		}
		while (entries.size() < count && System.nanoTime() < deadline && sleep());
		return entries;
	}

	private static boolean sleep() throws InterruptedException {
		Thread.sleep(10);
		return true;
	}

}
