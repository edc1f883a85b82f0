package dev.signals.it;

import dev.signals.Signal;

/**
 * The payload of the custom signal sent when an article is published.
 *
 * @param articleId the published article
 * @param title its title
 */
public record ArticlePublished(Long articleId, String title) {

	public static final Signal<ArticlePublished> SIGNAL = Signal.of("article-published", ArticlePublished.class);

}
