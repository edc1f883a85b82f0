package dev.signals.writes;

import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.SignalReceiver;
import dev.signals.dispatch.ReceiverRegistry;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guarded self-save in an application that also has an unrelated before-commit
 * receiver (which makes every transaction flush before its commit): the outcome is the same.
 */
@Import(GuardedSelfSaveWithBeforeCommitReceiverIntegrationTests.UnrelatedBeforeCommitReceiver.class)
class GuardedSelfSaveWithBeforeCommitReceiverIntegrationTests extends GuardedSelfSaveContract {

	@Autowired
	ReceiverRegistry registry;

	@BeforeEach
	void transactionsFlushBeforeTheirCommit() {
		assertThat(this.registry.hasBeforeCommitWork()).isTrue();
	}

	static class UnrelatedBeforeCommitReceiver {

		@SignalReceiver(phase = Phase.BEFORE_COMMIT)
		public void memberSaved(PostSave<Member> signal) {
		}

	}

}
