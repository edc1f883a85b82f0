package dev.signals.writes;

import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A post-save receiver that changes and saves its own instance once (guarded) has that
 * change written, and the write sends its own signal, through every write path: whatever
 * other receivers the application has; and a receiver that fails in the commit's flush
 * reaches the caller as it is.
 */
abstract class GuardedSelfSaveContract extends WritesTestSupport {

	@Autowired
	NoteRepository notes;

	@Autowired
	EntityManager entityManager;

	private int stamps(UUID id) {
		return this.jdbc.queryForObject("select stamps from note where id = ?", Integer.class, id);
	}

	private void assertStampedOnceWithItsOwnSignal(UUID id) {
		assertThat(stamps(id)).isOne();
		assertThat(this.receivers.seen).containsExactly("PostSave Note created=true updateFields=[]",
				"PostSave Note created=false updateFields=[stamped, stamps]");
	}

	@Test
	void aReceiverFailingInTheCommitsFlushReachesTheCallerAsItIsAndNothingIsWritten() {
		assertThatIllegalStateException()
			.isThrownBy(() -> inTransaction(() -> this.entityManager.persist(new Note("refused"))))
			.withMessage("note refused");

		assertThat(count("note")).isZero();
	}

	@Test
	void throughSave() {
		assertStampedOnceWithItsOwnSignal(this.notes.save(new Note("save")).getId());
	}

	@Test
	void throughSaveAndFlush() {
		UUID id = inTransaction(() -> {
			Note note = this.notes.saveAndFlush(new Note("saveAndFlush"));
			assertThat(stamps(note.getId())).as("written by the flush").isOne();
			return note.getId();
		});

		assertStampedOnceWithItsOwnSignal(id);
	}

	@Test
	void throughPersistAndCommit() {
		UUID id = inTransaction(() -> {
			Note note = new Note("persist");
			this.entityManager.persist(note);
			return note.getId();
		});

		assertStampedOnceWithItsOwnSignal(id);
	}

}
