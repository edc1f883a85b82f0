package dev.signals.sample.model;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Articles.
 */
public interface ArticleRepository extends JpaRepository<Article, Long> {

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
