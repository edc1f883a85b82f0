package dev.signals.sample.model;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

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

}
