package dev.signals.sample.signals;

import dev.signals.PreDelete;
import dev.signals.SignalReceiver;
import dev.signals.sample.model.Article;

import org.springframework.stereotype.Component;

/**
 * Before an article is deleted: refuses when it is published and has comments. The
 * exception leaves the receiver unchanged and rolls the transaction back, so nothing of the
 * deletion is written.
 */
@Component
public class ArticleDeletionGuard {

	/**
	 * Refuse to delete a published article with comments.
	 * @param signal the pre-delete of an article
	 * @throws ArticleDeletionRefused if the article is published and has comments
	 */
	@SignalReceiver(id = "article-deletion-guard")
	public void refusePublishedWithComments(PreDelete<Article> signal) {
		Article article = signal.instance();
		int comments = article.getComments().size();
		if (article.isPublished() && comments > 0) {
			throw new ArticleDeletionRefused(article.getSlug(), comments);
		}
	}

}
