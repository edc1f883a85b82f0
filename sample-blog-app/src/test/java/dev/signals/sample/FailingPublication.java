package dev.signals.sample;

import dev.signals.PostSave;
import dev.signals.SignalReceiver;
import dev.signals.sample.model.Article;

import org.springframework.boot.test.context.TestComponent;

/**
 * A test receiver that makes the publication of one article fail after the custom signal was
 * sent, so that its transaction rolls back.
 */
@TestComponent
class FailingPublication {

	static final String TITLE = "Doomed to roll back";

	@SignalReceiver(id = "failing-publication", condition = "changedTo('status', 'PUBLISHED')")
	public void fail(PostSave<Article> signal) {
		if (TITLE.equals(signal.instance().getTitle())) {
			throw new IllegalStateException("publication of '" + TITLE + "' fails on purpose");
		}
	}

}
