package dev.signals.writes;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.SessionEventListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * What a receiver that runs once the commit's flush has ended changes in place, in entities
 * the session holds, is written before the transaction commits, whatever kind of state it
 * is; a receiver that changes nothing costs no second flush.
 */
class ReceiversChangingLoadedEntitiesIntegrationTests extends WritesTestSupport {

	@Autowired
	EntityManager entityManager;

	@Autowired
	TickReceivers ticks;

	@AfterEach
	void receiversChangeNothing() {
		this.ticks.onTick = () -> {
		};
	}

	@Test
	void aBasicAttributeChangedInPlaceIsWritten() {
		Long gauge = gauge();

		commitTickChanging(gauge, (loaded) -> loaded.setReading(7));

		assertThat(this.jdbc.queryForObject("select reading from gauge where id = ?", Integer.class, gauge))
			.isEqualTo(7);
	}

	@Test
	void anEmbeddableChangedInPlaceIsWritten() {
		Long gauge = gauge();

		commitTickChanging(gauge, (loaded) -> loaded.getRange().setHigh(5));

		assertThat(this.jdbc.queryForObject("select high from gauge where id = ?", Integer.class, gauge)).isEqualTo(5);
	}

	@Test
	void anElementOfACollectionOfEmbeddablesChangedInPlaceIsWritten() {
		Long gauge = gauge();

		commitTickChanging(gauge, (loaded) -> loaded.getHistory().get(0).setLow(3));

		assertThat(this.jdbc.queryForObject("select low from gauge_history where gauge_id = ?", Integer.class, gauge))
			.isEqualTo(3);
	}

	@Test
	void anEntityAddedToAManyToManyCollectionIsWritten() {
		Long gauge = gauge();
		Long label = label();

		commitTickChanging(gauge, (loaded) -> loaded.getLabels().add(this.entityManager.find(Label.class, label)));

		assertThat(this.jdbc.queryForList("select labels_id from gauge_labels where gauge_id = ?", Long.class, gauge))
			.containsExactly(label);
	}

	@Test
	void aCollectionReplacedByANewOneIsWritten() {
		Long gauge = gauge();
		Long first = label();
		Long second = label();
		commitTickChanging(gauge, (loaded) -> loaded.getLabels().add(this.entityManager.find(Label.class, first)));

		commitTickChanging(gauge,
				(loaded) -> loaded.setLabels(new LinkedHashSet<>(Set.of(this.entityManager.find(Label.class, second)))));

		assertThat(this.jdbc.queryForList("select labels_id from gauge_labels where gauge_id = ?", Long.class, gauge))
			.containsExactly(second);
	}

	@Test
	void aNewEntityReachedThroughACascadeIsInserted() {
		Long gauge = gauge();

		commitTickChanging(gauge, (loaded) -> loaded.setFavourite(new Label()));

		assertThat(this.jdbc.queryForObject("select favourite_id from gauge where id = ?", Long.class, gauge))
			.isEqualTo(this.jdbc.queryForObject("select id from label", Long.class));
	}

	@Test
	void aChangedIdentifierStillFailsTheCommit() {
		Long gauge = gauge();

		assertThatException().isThrownBy(() -> commitTickChanging(gauge, (loaded) -> loaded.setId(gauge + 1000)))
			.withStackTraceContaining("altered");
		assertThat(count("tick")).isZero();
	}

	@Test
	void aReceiverThatChangesNothingCausesNoSecondFlush() {
		Long gauge = gauge();
		AtomicInteger flushes = new AtomicInteger();

		inTransaction(() -> {
			this.entityManager.find(Gauge.class, gauge).getLabels().size();
			this.entityManager.unwrap(Session.class).addEventListeners(new SessionEventListener() {

				@Override
				public void flushStart() {
					flushes.incrementAndGet();
				}

			});
			this.entityManager.persist(new Tick());
		});

		assertThat(count("tick")).isOne();
		assertThat(flushes).as("the commit's flush alone").hasValue(1);
	}

	private Long gauge() {
		return inTransaction(() -> {
			Gauge gauge = new Gauge();
			gauge.getHistory().add(new Range());
			this.entityManager.persist(gauge);
			return gauge.getId();
		});
	}

	private Long label() {
		return inTransaction(() -> {
			Label label = new Label();
			this.entityManager.persist(label);
			return label.getId();
		});
	}

	/**
	 * Load the gauge with its collections, then insert a tick whose post-save receiver
	 * changes the loaded gauge, and commit: the commit's flush inserts the tick, and the
	 * receiver runs once that flush has ended.
	 */
	private void commitTickChanging(Long gauge, Consumer<Gauge> change) {
		inTransaction(() -> {
			Gauge loaded = this.entityManager.find(Gauge.class, gauge);
			loaded.getLabels().size();
			loaded.getHistory().size();
			this.ticks.onTick = () -> change.accept(loaded);
			this.entityManager.persist(new Tick());
		});
	}

}
