package dev.signals.sample.signals;

import dev.signals.Signal;
import dev.signals.sample.model.Article;

/**
 * The custom signal sent when an article is published (Django:
 * {@code article_published = Signal()}).
 *
 * @param article the published article
 */
public record ArticlePublished(Article article) {

	/** The signal; receivers take a {@code SignalEvent<ArticlePublished>}. */
	public static final Signal<ArticlePublished> SIGNAL = Signal.of("article-published", ArticlePublished.class);

}
