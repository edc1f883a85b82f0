package dev.signals.sample.signals;

import dev.signals.PostSave;
import dev.signals.SignalReceiver;
import dev.signals.Signals;
import dev.signals.sample.model.Article;

import org.springframework.stereotype.Component;

/**
 * Sends {@link ArticlePublished} when a save changes an article's status to published: a
 * change condition (django-lifecycle's {@code @hook(AFTER_SAVE, when="status",
 * was="draft", is_now="published")}) instead of comparing fields by hand.
 */
@Component
public class ArticlePublishing {

	private final Signals signals;

	ArticlePublishing(Signals signals) {
		this.signals = signals;
	}

	/**
	 * Announce a publication.
	 * @param signal the post-save of an article whose status became published
	 */
	@SignalReceiver(id = "article-published", field = "status", condition = "changedTo('status', 'PUBLISHED')")
	public void published(PostSave<Article> signal) {
		this.signals.send(ArticlePublished.SIGNAL, this, ArticlePublished.of(signal.instance()));
	}

}
