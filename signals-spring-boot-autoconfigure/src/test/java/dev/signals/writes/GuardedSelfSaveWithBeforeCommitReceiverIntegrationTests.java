package dev.signals.writes;

import java.util.concurrent.atomic.AtomicInteger;

import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.SignalReceiver;
import org.junit.jupiter.api.AfterEach;

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
	UnrelatedBeforeCommitReceiver unrelated;

	@AfterEach
	void theUnrelatedReceiverRan() {
		assertThat(this.unrelated.calls.get()).isPositive();
	}

	static class UnrelatedBeforeCommitReceiver {

		final AtomicInteger calls = new AtomicInteger();

		@SignalReceiver(phase = Phase.BEFORE_COMMIT)
		public void memberSaved(PostSave<Member> signal) {
			this.calls.incrementAndGet();
		}

		@SignalReceiver(phase = Phase.BEFORE_COMMIT)
		public void noteSaved(PostSave<Note> signal) {
			this.calls.incrementAndGet();
		}

	}

}
