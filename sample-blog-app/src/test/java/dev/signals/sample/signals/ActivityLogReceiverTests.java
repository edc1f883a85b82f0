package dev.signals.sample.signals;

import java.time.Duration;
import java.util.List;

import dev.signals.GotRequestException;
import dev.signals.MigrationTool;
import dev.signals.PostMigrate;
import dev.signals.PreMigrate;
import dev.signals.RequestFinished;
import dev.signals.RequestStarted;
import dev.signals.SignalType;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;

/**
 * How the activity log records the request and migration signals.
 */
class ActivityLogReceiverTests {

	private final ActivityLog log = new ActivityLog(10);

	private final ActivityLogReceiver receiver = new ActivityLogReceiver(this.log, mock(EntityManagerFactory.class));

	@Test
	void aRequestIsRecordedWithItsStatusOrItsException() {
		this.receiver.recordRequest(new RequestStarted("POST", "/articles/7/publish"));
		this.receiver.recordRequest(new GotRequestException("POST", "/articles/7/publish",
				new IllegalStateException("publication failed")));
		this.receiver.recordRequest(new RequestFinished("POST", "/articles/7/publish", 500, Duration.ofMillis(12)));

		assertThat(this.log.newestFirst())
			.extracting(ActivityEntry::type, ActivityEntry::entity, ActivityEntry::entityId, ActivityEntry::details)
			.containsExactly(tuple(SignalType.REQUEST_FINISHED, "POST /articles/7/publish", "", "500 in 12 ms"),
					tuple(SignalType.GOT_REQUEST_EXCEPTION, "POST /articles/7/publish", "",
							"IllegalStateException: publication failed"),
					tuple(SignalType.REQUEST_STARTED, "POST /articles/7/publish", "", ""));
	}

	@Test
	void aMigrationIsRecordedWithWhatItApplied() {
		this.receiver.recordMigration(new PreMigrate(MigrationTool.FLYWAY));
		this.receiver.recordMigration(new PostMigrate(MigrationTool.FLYWAY, List.of("1 - blog schema")));
		this.receiver.recordMigration(new PostMigrate(MigrationTool.FLYWAY, List.of()));

		assertThat(this.log.newestFirst()).extracting(ActivityEntry::type, ActivityEntry::entity, ActivityEntry::details)
			.containsExactly(tuple(SignalType.POST_MIGRATE, "Flyway", "nothing to apply"),
					tuple(SignalType.POST_MIGRATE, "Flyway", "applied 1 - blog schema"),
					tuple(SignalType.PRE_MIGRATE, "Flyway", ""));
	}

}
