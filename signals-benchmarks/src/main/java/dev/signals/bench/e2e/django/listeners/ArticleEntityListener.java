package dev.signals.bench.e2e.django.listeners;

import dev.signals.bench.e2e.WorkCounter;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

/**
 * The JPA entity listener of {@link ListenedArticle}: the work of the Django seeds'
 * receivers but the tag counter's. Hibernate creates it through Spring, which injects the
 * counter.
 */
public class ArticleEntityListener {

	private final WorkCounter work;

	/**
	 * Create the listener.
	 * @param work where the listener records its work
	 */
	public ArticleEntityListener(WorkCounter work) {
		this.work = work;
	}

	/**
	 * Fill the slug and the word count before the insert or update.
	 * @param article the article
	 */
	@PrePersist
	@PreUpdate
	public void fill(ListenedArticle article) {
		article.fillSlugAndWordCount();
	}

	/**
	 * Count an insert or an update.
	 * @param article the article
	 */
	@PostPersist
	@PostUpdate
	public void saved(ListenedArticle article) {
		this.work.record();
	}

	/**
	 * Count a deletion when the article is removed.
	 * @param article the article
	 */
	@PreRemove
	public void deleting(ListenedArticle article) {
		this.work.record();
	}

	/**
	 * Count a deletion after its SQL.
	 * @param article the article
	 */
	@PostRemove
	public void deleted(ListenedArticle article) {
		this.work.record();
	}

}
