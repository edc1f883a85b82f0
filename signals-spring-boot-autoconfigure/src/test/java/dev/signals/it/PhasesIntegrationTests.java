package dev.signals.it;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@ExtendWith(OutputCaptureExtension.class)
class PhasesIntegrationTests extends PostgresTestSupport {

	@Autowired
	ArticleRepository articles;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	EntityManager entityManager;

	@Test
	void committedTransactionRunsBeforeCommitThenAfterCommitAndAfterCompletion() {
		inTransaction(() -> {
			this.articles.save(new Article("committed", "x"));
			assertThat(this.log.labels()).doesNotContain("BEFORE_COMMIT", "AFTER_COMMIT", "AFTER_COMPLETION");
		});

		assertThat(this.log.labels()).containsSubsequence("POST_SAVE", "BEFORE_COMMIT", "AFTER_COMMIT")
			.contains("AFTER_COMMIT 2", "AFTER_COMPLETION")
			.doesNotContain("AFTER_ROLLBACK");
		assertThat(this.log.only("BEFORE_COMMIT").detail()).isEqualTo(true);
	}

	@Test
	void beforeCommitReceiversGetSignalsOfTheFlushThatCommitRuns() {
		Long id = this.articles.save(new Article("first", "x")).getId();
		this.log.clear();

		inTransaction(() -> this.articles.findById(id).orElseThrow().setTitle("changed at commit"));

		assertThat(this.log.labels()).containsSubsequence("POST_SAVE", "BEFORE_COMMIT", "AFTER_COMMIT");
	}

	@Test
	void aConstraintViolatedByTheFlushBeforeTheCommitReachesTheCallerTranslatedBySpring() {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> inTransaction(() -> {
			this.articles.saveAndFlush(new Article("queues after-commit receivers", "x"));
			this.entityManager.persist(new Comment(this.entityManager.getReference(Article.class, -1L), "dangling"));
		}));

		assertThat(count("article")).isZero();
		assertThat(this.log.labels()).doesNotContain("AFTER_COMMIT");
	}

	@Test
	void beforeCommitReceiversGetTheSignalsOfTheirOwnChangesBeforeTheCommitOutsideTheFlush() {
		Long id = inTransaction(() -> {
			Revision revision = new Revision("touch");
			this.entityManager.persist(revision);
			return revision.getId();
		});

		assertThat(this.log.entries("touch")).extracting(SignalLog.Entry::detail).containsExactly("touch AUTO", "touched AUTO");
		assertThat(this.jdbc.queryForObject("select text from revision where id = ?", String.class, id))
			.isEqualTo("touched");
	}

	@Test
	void rolledBackTransactionRunsOnlyAfterRollbackAndAfterCompletion() {
		assertThatIllegalStateException().isThrownBy(() -> inTransaction(() -> {
			this.articles.saveAndFlush(new Article("rolled back", "x"));
			throw new IllegalStateException("rollback");
		}));

		assertThat(this.log.labels()).contains("POST_SAVE", "AFTER_ROLLBACK", "AFTER_COMPLETION")
			.doesNotContain("BEFORE_COMMIT", "AFTER_COMMIT", "AFTER_COMMIT 2", "@TransactionalEventListener");
		assertThat(count("article")).isZero();
	}

	@Test
	void anImmediateReceiverExceptionRollsBackAndNothingIsWritten() {
		this.log.failOn("POST_SAVE", () -> new Refused("receiver failed"));

		assertThatExceptionOfType(Refused.class).isThrownBy(() -> this.articles.save(new Article("never", "x")))
			.withMessage("receiver failed");

		assertThat(count("article")).isZero();
		assertThat(this.log.labels()).doesNotContain("AFTER_COMMIT", "AFTER_COMMIT 2", "@TransactionalEventListener");
	}

	@Test
	void aFailingAfterCommitReceiverIsLoggedAndTheOthersStillRun(CapturedOutput output) {
		this.log.failOn("AFTER_COMMIT", () -> new IllegalStateException("after-commit failure"));

		this.articles.save(new Article("kept", "x"));

		assertThat(count("article")).isOne();
		assertThat(this.log.labels()).contains("AFTER_COMMIT", "AFTER_COMMIT 2", "AFTER_COMPLETION");
		assertThat(output).contains("PhaseReceivers.afterCommit").contains("after-commit failure");
	}

	@Test
	void anAfterCommitReceiverRunsOnceTheTransactionIsFinishedAndItsRepositoryCallsCommitOnTheirOwn() {
		Long id = inTransaction(() -> this.articles.save(new Article("edited after commit", "kept")).getId());

		assertThat(this.log.entries("EDIT AFTER COMMIT")).as("a transaction or synchronization still active")
			.isNotEmpty()
			.extracting(SignalLog.Entry::detail)
			.containsOnly(false);
		assertThat(this.jdbc.queryForObject("select body from article where id = ?", String.class, id))
			.isEqualTo("saved after commit");
	}

	@Test
	void anInnerRequiresNewTransactionHasItsOwnQueue() {
		TransactionTemplate requiresNew = new TransactionTemplate(this.transactionManager);
		requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

		assertThatIllegalStateException().isThrownBy(() -> inTransaction(() -> {
			this.articles.saveAndFlush(new Article("outer", "x"));
			requiresNew.executeWithoutResult((status) -> this.articles.saveAndFlush(new Article("inner", "y")));
			assertThat(this.log.entries("AFTER_COMMIT")).extracting(SignalLog.Entry::detail).containsExactly("inner");
			throw new IllegalStateException("outer rolls back");
		}));

		assertThat(this.log.entries("AFTER_COMMIT")).extracting(SignalLog.Entry::detail).containsExactly("inner");
		assertThat(this.log.entries("AFTER_ROLLBACK")).extracting(SignalLog.Entry::detail).containsExactly("outer");
	}

	@Test
	void inATransactionOfAnEntityManagerOfItsOwnPhasesFollowHibernatesTransaction() {
		EntityManager own = this.entityManagerFactory.createEntityManager();
		try {
			own.getTransaction().begin();
			own.persist(new Article("own committed", "x"));
			own.flush();
			assertThat(this.log.labels()).doesNotContain("AFTER_COMMIT");
			own.getTransaction().commit();
			assertThat(this.log.entries("AFTER_COMMIT")).extracting(SignalLog.Entry::detail)
				.containsExactly("own committed");

			own.getTransaction().begin();
			own.persist(new Article("own rolled back", "x"));
			own.flush();
			own.getTransaction().rollback();
		}
		finally {
			own.close();
		}

		assertThat(this.log.entries("AFTER_COMMIT")).extracting(SignalLog.Entry::detail)
			.containsExactly("own committed");
		assertThat(this.log.entries("AFTER_ROLLBACK")).extracting(SignalLog.Entry::detail)
			.containsExactly("own rolled back");
	}

}
