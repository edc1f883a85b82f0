package dev.signals.sample.signals;

import java.time.Instant;

import dev.signals.Phase;
import dev.signals.SignalType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bounded, newest-first activity log.
 */
class ActivityLogTests {

	@Test
	void keepsTheNewestUpToItsCapacity() {
		ActivityLog log = new ActivityLog(2);
		for (long id = 1; id <= 3; id++) {
			log.record(new ActivityEntry(Instant.now(), SignalType.PRE_SAVE, Phase.IMMEDIATE, "Article", id, ""));
		}
		assertThat(log.newestFirst()).extracting(ActivityEntry::entityId).containsExactly(3L, 2L);
	}

}
