package dev.signals.sample.signals;

import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;
import dev.signals.sample.model.Article;
import dev.signals.sample.service.SearchIndex;

import org.springframework.stereotype.Component;

/**
 * After a transaction commits, writes an article's search document, so that the search box
 * finds the article as it now is: when it is published, and when the title, slug or body of
 * a published article change. An article deleted before this runs gets none.
 * <p>
 * The publication's receiver is durable: stored with the publication, delivered after the
 * commit at least once (retried, resubmitted after a restart). Writing the document is an
 * upsert by the article's id, so a second delivery rewrites the one document.
 */
@Component
public class SearchDocumentRefresh {

	private final SearchIndex searchIndex;

	SearchDocumentRefresh(SearchIndex searchIndex) {
		this.searchIndex = searchIndex;
	}

	/**
	 * Write the search document of a new publication.
	 * @param event the publication, read back from the event publication registry
	 */
	@SignalReceiver(id = "search-document", phase = Phase.AFTER_COMMIT, durable = true)
	public void refresh(SignalEvent<ArticlePublished> event) {
		this.searchIndex.refresh(event.payload().articleId());
	}

	/**
	 * Rewrite the search document of a published article whose searchable text or address
	 * changed; a draft has none to rewrite.
	 * @param signal the post-save of a published article that changed its title, slug or
	 * body
	 */
	@SignalReceiver(id = "search-document-edit", field = { "title", "slug", "body" }, condition = "instance.published",
			phase = Phase.AFTER_COMMIT)
	public void refreshEdited(PostSave<Article> signal) {
		this.searchIndex.refresh(signal.instance().getId());
	}

}
