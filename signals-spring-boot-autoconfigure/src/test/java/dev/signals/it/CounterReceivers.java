package dev.signals.it;

import dev.signals.PostSave;
import dev.signals.SignalReceiver;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import org.springframework.stereotype.Component;

/**
 * Post-save receivers that write their own instance again and flush: on each update of a
 * counter (and on its insert with {@code saveAgainWhenCreated} set), and on the insert of a
 * ticket with {@code saveAgainWhenCreated} set. Without a guard they would recurse until the
 * stack overflows, or make Hibernate write the same row twice. With {@code bulk} set the
 * counter's receiver writes with a bulk JPQL update instead (one that does not flush), the
 * documented way out.
 */
@Component
class CounterReceivers {

	private final EntityManager entityManager;

	volatile boolean bulk;

	volatile boolean saveAgainWhenCreated;

	CounterReceivers(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@SignalReceiver
	public void hitAgain(PostSave<Counter> signal) {
		if (signal.created() && !this.saveAgainWhenCreated) {
			return;
		}
		Counter counter = signal.instance();
		if (this.bulk) {
			this.entityManager.createQuery("update Counter c set c.hits = c.hits + 1 where c.id = :id")
				.setParameter("id", counter.getId())
				.setFlushMode(FlushModeType.COMMIT)
				.executeUpdate();
			return;
		}
		counter.hit();
		this.entityManager.flush();
	}

	@SignalReceiver
	public void ticketSavedAgain(PostSave<Ticket> signal) {
		if (signal.created() && this.saveAgainWhenCreated) {
			signal.instance().revise();
			this.entityManager.flush();
		}
	}

}
