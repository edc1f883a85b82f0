package dev.signals.sample.signals;

import dev.signals.PreSave;
import dev.signals.SignalReceiver;
import dev.signals.sample.model.Article;

import org.springframework.stereotype.Component;

/**
 * Before an article is written: counts the words of its body.
 */
@Component
public class WordCountReceiver {

	/**
	 * Set the word count from the body.
	 * @param signal the pre-save of an article
	 */
	@SignalReceiver(id = "article-word-count")
	public void countWords(PreSave<Article> signal) {
		Article article = signal.instance();
		article.setWordCount(count(article.getBody()));
	}

	static int count(String text) {
		if (text == null || text.isBlank()) {
			return 0;
		}
		return text.strip().split("\\s+").length;
	}

}
