package dev.signals.it;

import dev.signals.SignalRecursionException;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class RecursionIntegrationTests extends PostgresTestSupport {

	@Autowired
	EntityManager entityManager;

	@Autowired
	CounterReceivers receivers;

	private Long id;

	@BeforeEach
	void counter() {
		this.id = inTransaction(() -> {
			Counter counter = new Counter();
			this.entityManager.persist(counter);
			return counter.getId();
		});
	}

	@AfterEach
	void writeWithEntitiesAgain() {
		this.receivers.bulk = false;
		this.receivers.saveAgainWhenCreated = false;
	}

	private int hits() {
		return this.jdbc.queryForObject("select hits from counter where id = ?", Integer.class, this.id);
	}

	@Test
	void aReceiverThatWritesItsOwnInstanceAgainIsStoppedAndNothingIsWritten() {
		assertThatExceptionOfType(SignalRecursionException.class)
			.isThrownBy(() -> inTransaction(() -> this.entityManager.find(Counter.class, this.id).hit()))
			.withMessageContaining("POST_SAVE of dev.signals.it.Counter with id " + this.id)
			.withMessageContaining("CounterReceivers.hitAgain on POST_SAVE[Counter] -> ")
			.withMessageContaining("was sent again by what its own receivers wrote, 2 times (> signals.recursion.max-depth=1)");

		assertThat(hits()).isZero();
	}

	@Test
	void aReceiverThatSavesItsOwnNewInstanceAgainIsStoppedAndNothingIsWritten() {
		this.receivers.saveAgainWhenCreated = true;

		assertThatExceptionOfType(SignalRecursionException.class)
			.isThrownBy(() -> inTransaction(() -> this.entityManager.persist(new Counter())))
			.withMessageContaining("POST_SAVE of dev.signals.it.Counter with id")
			.withMessageContaining("CounterReceivers.hitAgain on POST_SAVE[Counter]");

		assertThat(count("counter")).isOne();
	}

	@Test
	void aReceiverThatSavesItsOwnNewInstanceWithAGeneratedIdentityOnceHasItWritten() {
		this.receivers.saveAgainWhenCreated = true;

		inTransaction(() -> this.entityManager.persist(new Ticket()));

		assertThat(this.jdbc.queryForObject("select revision from ticket", Integer.class)).isOne();
	}

	@Test
	void writingWithABulkUpdateIsNotRecursion() {
		this.receivers.bulk = true;

		inTransaction(() -> this.entityManager.find(Counter.class, this.id).hit());

		assertThat(hits()).isEqualTo(2);
	}

}
