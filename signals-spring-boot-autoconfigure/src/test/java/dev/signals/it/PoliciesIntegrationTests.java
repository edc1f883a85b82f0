package dev.signals.it;

import dev.signals.Signals;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The failure policy and bulk mode set in {@code application.yml}.
 */
@ExtendWith(OutputCaptureExtension.class)
class PoliciesIntegrationTests {

	@Nested
	@TestPropertySource(properties = { "signals.failure-policy.immediate=log", "signals.bulk=warn" })
	class Configured extends PostgresTestSupport {

		@Autowired
		ArticleRepository articles;

		@Autowired
		Signals signals;

		@Autowired
		EntityManager entityManager;

		@Test
		void withTheLogPolicyAFailingImmediateReceiverIsLoggedCountedAndTheSaveGoesOn(CapturedOutput output) {
			this.log.failOn("PRE_SAVE", () -> new Refused("pre-save failed"));

			this.articles.save(new Article("kept", "x"));

			assertThat(count("article")).isOne();
			assertThat(this.log.labels()).contains("PRE_SAVE", "POST_SAVE", "AFTER_COMMIT");
			assertThat(output).contains("ArticleReceivers.preSave").contains("pre-save failed");
			assertThat(this.signals.failureCounts()).containsKey("ArticleReceivers.preSave");
		}

		@Test
		void inWarnModeABulkStatementIsLoggedInsteadOfSignalled(CapturedOutput output) {
			this.articles.save(new Article("bulk", "x"));
			this.log.clear();

			inTransaction(
					() -> this.entityManager.createQuery("update Article a set a.body = 'warned'").executeUpdate());

			assertThat(this.log.labels()).doesNotContain("bulk");
			assertThat(output).contains("A bulk UPDATE wrote 1 row(s) of dev.signals.it.Article");
		}

	}

	@Nested
	@TestPropertySource(properties = "signals.failure-policy.after-commit=propagate")
	class AfterCommitPropagating extends PostgresTestSupport {

		@Autowired
		ArticleRepository articles;

		@Autowired
		Signals signals;

		@Test
		void aFailingAfterCommitReceiverIsLoggedAndCountedAndTheOnesAfterItAreSkipped(CapturedOutput output) {
			this.log.failOn("AFTER_COMMIT", () -> new Refused("after-commit failed"));
			long failuresBefore = this.signals.failureCounts().getOrDefault("PhaseReceivers.afterCommit", 0L);

			this.articles.save(new Article("committed", "x"));

			assertThat(count("article")).isOne();
			assertThat(this.log.labels()).contains("AFTER_COMMIT").doesNotContain("AFTER_COMMIT 2");
			assertThat(output).contains("PhaseReceivers.afterCommit").contains("after-commit failed");
			assertThat(this.signals.failureCounts()).containsEntry("PhaseReceivers.afterCommit", failuresBefore + 1);
		}

	}

}
