package dev.signals.sample.service;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.signals.sample.model.Article;
import dev.signals.sample.model.ArticleRepository;
import dev.signals.sample.model.SearchDocumentRepository;
import dev.signals.sample.model.Tag;
import dev.signals.sample.service.Views.SearchHit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The search documents behind the search box: writes an article's document and finds
 * documents by a word.
 */
@Service
@Transactional(readOnly = true)
public class SearchIndex {

	private static final Logger logger = LoggerFactory.getLogger(SearchIndex.class);

	/** The longest query, in characters. */
	public static final int MAX_QUERY_LENGTH = 200;

	private final SearchDocumentRepository documents;

	private final ArticleRepository articles;

	SearchIndex(SearchDocumentRepository documents, ArticleRepository articles) {
		this.documents = documents;
		this.articles = articles;
	}

	/**
	 * Write the search document of an article from its title, body and tags as the
	 * database now holds them. Meant for an after-commit receiver, which runs once the
	 * writing transaction has finished: this runs in a transaction of its own and reads the
	 * article there. Running it again rewrites the article's one document from the article
	 * as it then is, never a second document: a durable receiver may run it more than once
	 * for one publication.
	 * <p>
	 * Refreshes of one article may race (a publication's and an edit's, each after its own
	 * commit). The article's row is locked first, so they run one after the other and each
	 * reads the article as the last writer left it; and the document is written with an
	 * upsert (insert unless present, else update), so a document that another transaction
	 * wrote meanwhile is rewritten, not a duplicate key that loses this refresh. An article
	 * deleted meanwhile, an expected race, has no document to write.
	 * @param articleId the article's id
	 */
	@Transactional
	public void refresh(long articleId) {
		Optional<Article> locked = this.articles.findForUpdateById(articleId);
		if (locked.isEmpty()) {
			logger.debug("Article {} was deleted before its search document was written", articleId);
			return;
		}
		Article current = locked.get();
		String content = content(current);
		Instant now = Instant.now();
		if (this.documents.insertIfMissing(current.getId(), current.getTitle(), current.getSlug(), content, now) == 0) {
			this.documents.update(current.getId(), current.getTitle(), current.getSlug(), content, now);
		}
	}

	/**
	 * The articles whose title, body or tags contain a text, ignoring case.
	 * @param query the text; blank (once trimmed of invisible characters) finds nothing
	 * @return the hits, most recently refreshed first
	 * @throws InvalidFieldException naming {@code q} if the query has control characters or
	 * more than {@value #MAX_QUERY_LENGTH} characters
	 */
	public List<SearchHit> search(String query) {
		if (Texts.isBlank(query)) {
			return List.of();
		}
		Texts.problem(query, MAX_QUERY_LENGTH, false).ifPresent((problem) -> {
			throw new InvalidFieldException("q", problem);
		});
		return this.documents.findByContentContainingOrderByRefreshedAtDesc(Texts.trim(query).toLowerCase(Locale.ROOT))
			.stream()
			.map(SearchHit::of)
			.toList();
	}

	private static String content(Article article) {
		String tags = article.getTags().stream().map(Tag::getName).collect(Collectors.joining(" "));
		return String.join(" ", article.getTitle(), article.getBody(), tags).toLowerCase(Locale.ROOT);
	}

}
