package dev.signals.sample.signals;

import dev.signals.Phase;
import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;
import dev.signals.sample.service.SearchIndex;

import org.springframework.stereotype.Component;

/**
 * After a publication commits, writes the article's search document, so that the search box
 * finds it.
 */
@Component
public class SearchDocumentRefresh {

	private final SearchIndex searchIndex;

	SearchDocumentRefresh(SearchIndex searchIndex) {
		this.searchIndex = searchIndex;
	}

	/**
	 * Refresh the search document.
	 * @param event the publication
	 */
	@SignalReceiver(id = "search-document", phase = Phase.AFTER_COMMIT)
	public void refresh(SignalEvent<ArticlePublished> event) {
		this.searchIndex.refresh(event.payload().article());
	}

}
