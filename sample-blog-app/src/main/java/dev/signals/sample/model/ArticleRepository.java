package dev.signals.sample.model;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * Articles.
 */
public interface ArticleRepository extends JpaRepository<Article, Long> {

	/**
	 * An article, its row locked against other writers until the transaction ends. Writes to
	 * one article that start with this run one after the other, and each reads (its tags
	 * included, when loaded afterwards) what the one before committed.
	 * @param id the article's id
	 * @return the article, if it exists
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<Article> findForUpdateById(Long id);

	/**
	 * All articles, newest first.
	 * @return the articles
	 */
	List<Article> findAllByOrderByIdDesc();

	/**
	 * The articles of a tag, newest first.
	 * @param tag the tag
	 * @return the articles
	 */
	List<Article> findByTagsContainingOrderByIdDesc(Tag tag);

	/**
	 * The articles of an author, newest first.
	 * @param author the author
	 * @return the articles
	 */
	List<Article> findByAuthorOrderByIdDesc(Author author);

	/**
	 * The id of the article with this slug.
	 * @param slug the slug
	 * @return the id, if an article has the slug
	 */
	@Query("select a.id from Article a where a.slug = :slug")
	Optional<Long> findIdBySlug(String slug);

	/**
	 * Whether an article has this slug.
	 * @param slug the slug
	 * @return whether the slug is taken
	 */
	boolean existsBySlug(String slug);

	/**
	 * Whether an article other than the given one has this slug.
	 * @param slug the slug
	 * @param id the article to leave out
	 * @return whether the slug is taken
	 */
	boolean existsBySlugAndIdNot(String slug, Long id);

}
