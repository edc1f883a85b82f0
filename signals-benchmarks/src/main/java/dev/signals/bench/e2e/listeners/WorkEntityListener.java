package dev.signals.bench.e2e.listeners;

import dev.signals.bench.e2e.WorkCounter;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * The JPA entity listener of {@link ListenedPost}: the same work as the signal receivers,
 * after each insert, update and delete. Hibernate creates it through Spring, which injects
 * the counter.
 */
public class WorkEntityListener {

	private final WorkCounter work;

	/**
	 * Create the listener.
	 * @param work where the listener records its work
	 */
	public WorkEntityListener(WorkCounter work) {
		this.work = work;
	}

	/**
	 * Called after the post's INSERT, UPDATE or DELETE.
	 * @param post the post
	 */
	@PostPersist
	@PostUpdate
	@PostRemove
	public void written(Object post) {
		this.work.record();
	}

}
