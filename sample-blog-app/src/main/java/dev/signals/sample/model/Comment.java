package dev.signals.sample.model;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A reader's comment on an article.
 */
@Entity
public class Comment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Article article;

	private String authorName;

	private String body;

	private Instant createdAt;

	protected Comment() {
	}

	Comment(Article article, String authorName, String body, Instant createdAt) {
		this.article = article;
		this.authorName = authorName;
		this.body = body;
		this.createdAt = createdAt;
	}

	/**
	 * The identifier.
	 * @return the id
	 */
	public Long getId() {
		return this.id;
	}

	/**
	 * Who wrote the comment.
	 * @return the name the commenter gave
	 */
	public String getAuthorName() {
		return this.authorName;
	}

	/**
	 * The text.
	 * @return the body
	 */
	public String getBody() {
		return this.body;
	}

	/**
	 * When the comment was written.
	 * @return the time
	 */
	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
