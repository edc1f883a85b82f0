package dev.signals.sample.model;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * What the search box searches: one row per published article, with its words in lower
 * case. Written by {@code SearchIndex} with SQL (an upsert), read through this entity.
 */
@Entity
public class SearchDocument {

	@Id
	private Long articleId;

	private String title;

	private String slug;

	private String content;

	private Instant refreshedAt;

	protected SearchDocument() {
	}

	/**
	 * The article's id.
	 * @return the id
	 */
	public Long getArticleId() {
		return this.articleId;
	}

	/**
	 * The article's title when last refreshed.
	 * @return the title
	 */
	public String getTitle() {
		return this.title;
	}

	/**
	 * The article's slug when last refreshed.
	 * @return the slug
	 */
	public String getSlug() {
		return this.slug;
	}

	/**
	 * The searchable text.
	 * @return the content
	 */
	public String getContent() {
		return this.content;
	}

	/**
	 * When the document was last refreshed.
	 * @return the time
	 */
	public Instant getRefreshedAt() {
		return this.refreshedAt;
	}

}
