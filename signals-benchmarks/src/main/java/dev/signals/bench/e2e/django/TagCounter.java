package dev.signals.bench.e2e.django;

import java.util.Collection;

import dev.signals.bench.e2e.WorkCounter;
import jakarta.persistence.EntityManager;

/**
 * The Django seeds' tag counter, whoever calls it: one JPQL bulk update that counts one more
 * article on each tag added, and one unit of work per tag row it updated.
 */
public class TagCounter {

	private final EntityManager entityManager;

	private final WorkCounter work;

	/**
	 * Create the counter.
	 * @param entityManager the application's shared entity manager
	 * @param work where the work is recorded
	 */
	public TagCounter(EntityManager entityManager, WorkCounter work) {
		this.entityManager = entityManager;
		this.work = work;
	}

	/**
	 * Count one more article on each of the tags.
	 * @param tagIds the identifiers of the tags added to an article
	 */
	public void added(Collection<?> tagIds) {
		int rows = this.entityManager
			.createQuery("update BenchTag t set t.articleCount = t.articleCount + 1 where t.id in :pkSet")
			.setParameter("pkSet", tagIds)
			.executeUpdate();
		for (int i = 0; i < rows; i++) {
			this.work.record();
		}
	}

}
