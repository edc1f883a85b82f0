package dev.signals.sample.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A label of articles. Its article count is kept in the database, not computed on reading.
 */
@Entity
public class Tag {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	/**
	 * Written only by {@code TagArticleCountReceiver}, with atomic SQL updates: never by
	 * Hibernate, whose copy may be stale.
	 */
	@Column(insertable = false, updatable = false)
	private int articleCount;

	protected Tag() {
	}

	/**
	 * The identifier.
	 * @return the id
	 */
	public Long getId() {
		return this.id;
	}

	/**
	 * The tag's name, lower case.
	 * @return the name
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * How many articles carry this tag, as the {@code article_count} column holds it.
	 * @return the count
	 */
	public int getArticleCount() {
		return this.articleCount;
	}

}
