package dev.signals.sample.service;

import dev.signals.sample.model.ArticleRepository;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/**
 * Finds the id of an article from its slug, through the {@value #SLUGS} cache. Entries
 * leave the cache through receivers when an article is deleted or its slug changes.
 */
@Service
public class ArticleLookup {

	/** The name of the cache of article ids by slug. */
	public static final String SLUGS = "article-slugs";

	private final ArticleRepository articles;

	ArticleLookup(ArticleRepository articles) {
		this.articles = articles;
	}

	/**
	 * The id of the article with this slug.
	 * @param slug the slug
	 * @return the id
	 * @throws NotFoundException if no article has the slug
	 */
	@Cacheable(SLUGS)
	public Long idOfSlug(String slug) {
		return this.articles.findIdBySlug(slug).orElseThrow(() -> new NotFoundException("Article", slug));
	}

}
