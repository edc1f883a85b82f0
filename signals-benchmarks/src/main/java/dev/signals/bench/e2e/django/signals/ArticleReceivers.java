package dev.signals.bench.e2e.django.signals;

import dev.signals.M2MAction;
import dev.signals.M2MChanged;
import dev.signals.PostDelete;
import dev.signals.PostSave;
import dev.signals.PreDelete;
import dev.signals.PreSave;
import dev.signals.SignalReceiver;
import dev.signals.bench.e2e.WorkCounter;
import dev.signals.bench.e2e.django.TagCounter;

/**
 * The Django seeds' receivers: a pre_save receiver that fills the slug and the word count,
 * post_save, pre_delete and post_delete receivers that count, and an m2m_changed receiver
 * that counts one more article on every tag added, with a JPQL bulk update.
 */
public class ArticleReceivers {

	private final WorkCounter work;

	private final TagCounter tags;

	/**
	 * Create the receivers.
	 * @param work where the receivers record their work
	 * @param tags the tag counter
	 */
	public ArticleReceivers(WorkCounter work, TagCounter tags) {
		this.work = work;
		this.tags = tags;
	}

	/**
	 * Fill the slug and the word count before the row is written.
	 * @param signal the pre-save signal
	 */
	@SignalReceiver
	public void fill(PreSave<SignalledArticle> signal) {
		signal.instance().fillSlugAndWordCount();
	}

	/**
	 * Count an insert or an update.
	 * @param signal the post-save signal
	 */
	@SignalReceiver
	public void saved(PostSave<SignalledArticle> signal) {
		this.work.record();
	}

	/**
	 * Count a deletion before its SQL.
	 * @param signal the pre-delete signal
	 */
	@SignalReceiver
	public void deleting(PreDelete<SignalledArticle> signal) {
		this.work.record();
	}

	/**
	 * Count a deletion after its SQL.
	 * @param signal the post-delete signal
	 */
	@SignalReceiver
	public void deleted(PostDelete<SignalledArticle> signal) {
		this.work.record();
	}

	/**
	 * Count one more article on the tags added to an article.
	 * @param signal an m2m change of an article's tags
	 */
	@SignalReceiver
	public void tagged(M2MChanged<SignalledArticle> signal) {
		if (signal.action() == M2MAction.POST_ADD) {
			this.tags.added(signal.pkSet());
		}
	}

}
