package dev.signals.it;

import dev.signals.PostSave;
import dev.signals.SignalReceiver;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import org.springframework.stereotype.Component;

/**
 * A post-save receiver that writes its own instance again on each update and flushes:
 * without a guard it would recurse until the stack overflows. With {@code bulk} set it
 * writes with a bulk JPQL update instead (one that does not flush), the documented way out.
 */
@Component
class CounterReceivers {

	private final EntityManager entityManager;

	volatile boolean bulk;

	CounterReceivers(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@SignalReceiver
	public void hitAgain(PostSave<Counter> signal) {
		if (signal.created()) {
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

}
