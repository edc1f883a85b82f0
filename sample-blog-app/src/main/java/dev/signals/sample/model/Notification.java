package dev.signals.sample.model;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A message to an author about an article of somebody they follow.
 */
@Entity
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Author recipient;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Article article;

	private String message;

	private Instant createdAt;

	protected Notification() {
	}

	/**
	 * Create a notification.
	 * @param recipient who gets it
	 * @param article what it is about
	 * @param message what it says
	 * @param createdAt when it was made
	 */
	public Notification(Author recipient, Article article, String message, Instant createdAt) {
		this.recipient = recipient;
		this.article = article;
		this.message = message;
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
	 * The article it is about.
	 * @return the article
	 */
	public Article getArticle() {
		return this.article;
	}

	/**
	 * What it says.
	 * @return the message
	 */
	public String getMessage() {
		return this.message;
	}

	/**
	 * When it was made.
	 * @return the time
	 */
	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
