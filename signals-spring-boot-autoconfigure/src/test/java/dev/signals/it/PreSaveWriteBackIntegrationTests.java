package dev.signals.it;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.InvalidDataAccessApiUsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PreSaveWriteBackIntegrationTests extends PostgresTestSupport {

	@Autowired
	EntityManager entityManager;

	@Autowired
	QueryingReceivers querying;

	private <T> Long persisted(T entity, java.util.function.Function<T, Long> id) {
		return inTransaction(() -> {
			this.entityManager.persist(entity);
			return id.apply(entity);
		});
	}

	@Test
	void aVersionedEntityKeepsItsOptimisticLockingWhenAPreSaveReceiverChangesIt() {
		Long id = persisted(new Revision("one"), Revision::getId);

		inTransaction(() -> {
			Revision revision = this.entityManager.find(Revision.class, id);
			revision.setText("three");
			this.entityManager.flush();
			revision.setText("seventeen");
			this.entityManager.flush();
		});

		assertThat(this.jdbc.queryForMap("select version, length from revision where id = ?", id))
			.containsEntry("version", 2)
			.containsEntry("length", 9);
	}

	@Test
	void aChangeMadeInsideAnEmbeddableIsWrittenByTheSameInsertAndUpdate() {
		Long id = inTransaction(() -> {
			Revision revision = new Revision("two words");
			this.entityManager.persist(revision);
			this.entityManager.flush();
			assertThat(this.jdbc.queryForMap("select version, words from revision where id = ?", revision.getId()))
				.containsEntry("version", 0)
				.containsEntry("words", 2);
			return revision.getId();
		});
		assertThat(this.jdbc.queryForMap("select version, words from revision where id = ?", id))
			.as("no second UPDATE at commit")
			.containsEntry("version", 0)
			.containsEntry("words", 2);

		inTransaction(() -> this.entityManager.find(Revision.class, id).setText("now three words"));

		assertThat(this.jdbc.queryForMap("select version, words from revision where id = ?", id))
			.containsEntry("version", 1)
			.containsEntry("words", 3);
	}

	@Test
	void aQueryRunByAReceiverInTheFlushKeepsTheStatementsStillToRun() {
		List<Long> ids = List.of(persisted(new Revision("a"), Revision::getId),
				persisted(new Revision("b"), Revision::getId), persisted(new Revision("c"), Revision::getId));
		this.querying.query = true;
		try {
			inTransaction(() -> ids.forEach((id) -> this.entityManager.find(Revision.class, id).setText("edited")));
		}
		finally {
			this.querying.query = false;
		}

		assertThat(this.log.entries("articles counted")).hasSize(3);
		assertThat(this.jdbc.queryForList("select text from revision order by id", String.class))
			.containsExactly("edited", "edited", "edited");
	}

	@Test
	void aDynamicUpdateThatWouldLoseAPreSaveChangeFailsInsteadAndWritesNothing() {
		Long id = persisted(new Draft("one"), Draft::getId);

		// thrown by the flush of the commit, so Spring translates it as any failure there
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> inTransaction(() -> this.entityManager.find(Draft.class, id).setText("three")))
			.havingRootCause()
			.isInstanceOf(IllegalStateException.class)
			.withMessageContaining("dev.signals.it.Draft.length")
			.withMessageContaining("@DynamicUpdate");

		assertThat(this.jdbc.queryForMap("select text, length from draft where id = ?", id))
			.containsEntry("text", "one")
			.containsEntry("length", 3);
	}

}
