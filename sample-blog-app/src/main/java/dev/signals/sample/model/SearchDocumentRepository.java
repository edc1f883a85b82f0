package dev.signals.sample.model;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * Search documents.
 */
public interface SearchDocumentRepository extends JpaRepository<SearchDocument, Long> {

	/**
	 * The documents whose content contains a text, newest first.
	 * @param text lower-case text
	 * @return the documents
	 */
	List<SearchDocument> findByContentContainingOrderByRefreshedAtDesc(String text);

	/**
	 * Write the document of an article unless it has one. Safe when a concurrent transaction
	 * writes the same document: this one waits for it and then writes nothing.
	 * @param articleId the article's id
	 * @param title the title
	 * @param slug the slug
	 * @param content the searchable text, lower case
	 * @param refreshedAt when
	 * @return 1 if written, 0 if the article had a document
	 */
	@Modifying(flushAutomatically = true)
	@Query(value = "insert into search_document (article_id, title, slug, content, refreshed_at) "
			+ "values (:articleId, :title, :slug, :content, :refreshedAt) on conflict do nothing", nativeQuery = true)
	int insertIfMissing(Long articleId, String title, String slug, String content, Instant refreshedAt);

	/**
	 * Rewrite the document of an article.
	 * @param articleId the article's id
	 * @param title the title
	 * @param slug the slug
	 * @param content the searchable text, lower case
	 * @param refreshedAt when
	 * @return the number of documents rewritten, 0 or 1
	 */
	@Modifying(flushAutomatically = true)
	@Query(value = "update search_document set title = :title, slug = :slug, content = :content, "
			+ "refreshed_at = :refreshedAt where article_id = :articleId", nativeQuery = true)
	int update(Long articleId, String title, String slug, String content, Instant refreshedAt);

}
