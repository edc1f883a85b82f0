package dev.signals.sample.signals;

import dev.signals.Signal;
import dev.signals.sample.model.Article;

/**
 * The custom signal sent when an article is published (Django:
 * {@code article_published = Signal()}). It carries values, not the entity: its durable
 * receivers get it back from JSON, after the commit or after a restart, and reload the
 * article as it then is.
 *
 * @param articleId the published article's id
 * @param title its title when it was published
 */
public record ArticlePublished(long articleId, String title) {

	/** The signal; receivers take a {@code SignalEvent<ArticlePublished>}. */
	public static final Signal<ArticlePublished> SIGNAL = Signal.of("article-published", ArticlePublished.class);

	/**
	 * The publication of an article.
	 * @param article the article, just published
	 * @return the payload
	 */
	public static ArticlePublished of(Article article) {
		return new ArticlePublished(article.getId(), article.getTitle());
	}

}
