package dev.signals.it;

import dev.signals.PostSave;
import dev.signals.SignalReceiver;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * A post-save receiver that, when asked to, runs a JPA query in the flush (Django's post_save
 * receiver looking something up): the query must neither flush nor drop the statements the
 * flush has still to run.
 */
@Component
class QueryingReceivers {

	private final EntityManager entityManager;

	private final SignalLog log;

	volatile boolean query;

	QueryingReceivers(EntityManager entityManager, SignalLog log) {
		this.entityManager = entityManager;
		this.log = log;
	}

	@SignalReceiver
	public void countArticles(PostSave<Revision> signal) {
		if (this.query) {
			this.log.record("articles counted", signal,
					this.entityManager.createQuery("select count(a) from Article a").getSingleResult());
		}
	}

}
