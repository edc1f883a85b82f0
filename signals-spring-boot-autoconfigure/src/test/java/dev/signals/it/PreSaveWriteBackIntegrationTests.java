package dev.signals.it;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PreSaveWriteBackIntegrationTests extends PostgresTestSupport {

	@Autowired
	EntityManager entityManager;

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
	void aDynamicUpdateThatWouldLoseAPreSaveChangeFailsInsteadAndWritesNothing() {
		Long id = persisted(new Draft("one"), Draft::getId);

		assertThatIllegalStateException()
			.isThrownBy(() -> inTransaction(() -> this.entityManager.find(Draft.class, id).setText("three")))
			.withMessageContaining("dev.signals.it.Draft.length")
			.withMessageContaining("@DynamicUpdate");

		assertThat(this.jdbc.queryForMap("select text, length from draft where id = ?", id))
			.containsEntry("text", "one")
			.containsEntry("length", 3);
	}

}
