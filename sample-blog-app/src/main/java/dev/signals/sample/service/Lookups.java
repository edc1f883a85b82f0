package dev.signals.sample.service;

import dev.signals.sample.model.Article;
import dev.signals.sample.model.ArticleRepository;
import dev.signals.sample.model.Author;
import dev.signals.sample.model.AuthorRepository;

/**
 * Loads an entity that a path or a caller names, or fails with {@link NotFoundException}.
 */
final class Lookups {

	private Lookups() {
	}

	static Article article(ArticleRepository articles, long id) {
		return articles.findById(id).orElseThrow(() -> new NotFoundException("Article", id));
	}

	/**
	 * The article, locked for this transaction's writes; call it before anything of the
	 * article is loaded, so that what is loaded is what the previous writer committed.
	 */
	static Article articleForUpdate(ArticleRepository articles, long id) {
		return articles.findForUpdateById(id).orElseThrow(() -> new NotFoundException("Article", id));
	}

	static Author author(AuthorRepository authors, long id) {
		return authors.findById(id).orElseThrow(() -> new NotFoundException("Author", id));
	}

}
