package dev.signals.it;

import java.util.List;

import dev.signals.Phase;
import dev.signals.ReceiverException;
import dev.signals.SignalResponse;
import dev.signals.Signals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.expression.spel.SpelEvaluationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

@ExtendWith(OutputCaptureExtension.class)
class CustomSignalsIntegrationTests extends PostgresTestSupport {

	@Autowired
	Signals signals;

	@Autowired
	ArticleRepository articles;

	private final ArticlePublished payload = new ArticlePublished(7L, "Seven");

	@Test
	void sendCallsTheReceiversInOrderAndReturnsTheirResponses() {
		List<SignalResponse> responses = this.signals.send(ArticlePublished.SIGNAL, this, this.payload);

		assertThat(responses).extracting(SignalResponse::receiverId).containsExactly("notify", "index", "announce");
		assertThat(responses.get(0).value()).isEqualTo("notified 7");
		assertThat(responses.get(1).value()).isNull();
		assertThat(responses.get(2).deferred()).isTrue();
		assertThat(responses).noneMatch(SignalResponse::failed);
		assertThat(this.log.labels()).containsExactly("notify", "index", "announce");
	}

	@Test
	void sendStopsAtTheFirstException() {
		this.log.failOn("notify", () -> new Refused("notify failed"));

		assertThatExceptionOfType(Refused.class)
			.isThrownBy(() -> this.signals.send(ArticlePublished.SIGNAL, this, this.payload));

		assertThat(this.log.labels()).containsExactly("notify");
	}

	@Test
	void sendRobustCallsEveryReceiverAndReturnsEachFailure(CapturedOutput output) {
		this.log.failOn("notify", () -> new Refused("notify failed"));
		long failuresBefore = this.signals.failureCounts().getOrDefault("notify", 0L);

		List<SignalResponse> responses = this.signals.sendRobust(ArticlePublished.SIGNAL, this, this.payload);

		assertThat(responses).extracting(SignalResponse::receiverId).containsExactly("notify", "index", "announce");
		assertThat(responses.get(0).error()).isInstanceOf(Refused.class).hasMessage("notify failed");
		assertThat(responses.get(1).failed()).isFalse();
		assertThat(this.log.labels()).containsExactly("notify", "index", "announce");
		assertThat(output).contains("'notify'").contains("notify failed");
		assertThat(this.signals.failureCounts()).containsEntry("notify", failuresBefore + 1);
	}

	@Test
	void sendRobustReportsAConditionThatFailsAsThatReceiversErrorAndCallsTheOthers() {
		List<SignalResponse> responses = this.signals.sendRobust(ArticlePublished.SIGNAL, this,
				new ArticlePublished(8L, "break the condition"));

		assertThat(responses).extracting(SignalResponse::receiverId)
			.containsExactly("broken-condition", "notify", "index", "announce");
		assertThat(responses.get(0).error()).hasMessageContaining("nope");
		assertThat(this.log.labels()).containsExactly("notify", "index", "announce");
	}

	@Test
	void aConditionThatThrowsFailsNamingTheReceiverAndTheExpression() {
		assertThatExceptionOfType(ReceiverException.class)
			.isThrownBy(() -> this.signals.send(ArticlePublished.SIGNAL, this,
					new ArticlePublished(8L, "break the condition")))
			.withMessageContaining("'broken-condition' (" + DispatcherReceivers.class.getName() + ".brokenCondition)")
			.withMessageContaining("'payload.title == 'break the condition' ? payload.nope : false'")
			.withMessageContaining("nope")
			.withCauseInstanceOf(SpelEvaluationException.class);

		assertThat(this.log.labels()).isEmpty();
	}

	@Test
	void outsideATransactionAnAfterCommitReceiverRunsAtOnceAndItsResponseSaysWhatItDid() {
		this.signals.connect(ArticlePublished.SIGNAL, null, (event) -> "ran " + event.payload().articleId(),
				"answering-after-commit", Phase.AFTER_COMMIT);
		this.signals.connect(ArticlePublished.SIGNAL, null, (event) -> {
			throw new Refused("failed after commit");
		}, "failing-after-commit", Phase.AFTER_COMMIT);
		try {
			List<SignalResponse> responses = this.signals.sendRobust(ArticlePublished.SIGNAL, this, this.payload);

			assertThat(responses).filteredOn(SignalResponse::deferred)
				.extracting(SignalResponse::receiverId, SignalResponse::value,
						(response) -> (response.error() != null) ? response.error().getMessage() : null)
				.containsExactly(tuple("announce", null, null), tuple("answering-after-commit", "ran 7", null),
						tuple("failing-after-commit", null, "failed after commit"));
		}
		finally {
			this.signals.disconnect("answering-after-commit");
			this.signals.disconnect("failing-after-commit");
		}
	}

	@Test
	void anAfterCommitReceiverOfACustomSignalRunsAfterCommit() {
		inTransaction(() -> {
			this.signals.send(ArticlePublished.SIGNAL, this, this.payload);
			assertThat(this.log.labels()).containsExactly("notify", "index");
		});

		assertThat(this.log.labels()).containsExactly("notify", "index", "announce");
	}

	@Test
	void anAfterCommitReceiverOfACustomSignalNeverRunsForARollback() {
		assertThatExceptionOfType(Refused.class).isThrownBy(() -> inTransaction(() -> {
			this.signals.send(ArticlePublished.SIGNAL, this, this.payload);
			throw new Refused("rollback");
		}));

		assertThat(this.log.labels()).containsExactly("notify", "index");
	}

	@Test
	void aPostSaveConditionSendsTheCustomSignalWhenTheStatusChangesToPublished() {
		Long id = this.articles.save(new Article("To publish", "x")).getId();
		this.log.clear();

		inTransaction(() -> this.articles.findById(id).orElseThrow().setStatus(Article.Status.PUBLISHED));

		assertThat(this.log.labels()).containsSubsequence("published", "notify", "index", "announce");
		assertThat(this.log.only("published").detail()).isEqualTo(Article.Status.DRAFT);
		assertThat(this.log.only("announce").detail()).isEqualTo(false);
	}

	@Test
	void theConditionIsFalseForOtherChanges() {
		Long id = this.articles.save(new Article("Draft", "x")).getId();
		inTransaction(() -> this.articles.findById(id).orElseThrow().setStatus(Article.Status.PUBLISHED));
		this.log.clear();

		inTransaction(() -> this.articles.findById(id).orElseThrow().setBody("edited after publishing"));

		assertThat(this.log.labels()).contains("POST_SAVE").doesNotContain("published", "notify");
	}

	@Test
	void aConnectedReceiverRunsInItsPhase() {
		this.signals.connect(ArticlePublished.SIGNAL, null, (event) -> {
			this.log.record("connected", event, event.payload().title());
			return null;
		}, "connected-after-commit", Phase.AFTER_COMMIT);
		try {
			inTransaction(() -> {
				this.signals.send(ArticlePublished.SIGNAL, this, this.payload);
				assertThat(this.log.labels()).doesNotContain("connected");
			});
			assertThat(this.log.labels()).contains("connected");
		}
		finally {
			this.signals.disconnect("connected-after-commit");
		}
	}

}
