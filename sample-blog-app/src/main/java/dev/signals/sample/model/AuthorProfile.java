package dev.signals.sample.model;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;

/**
 * What the blog shows about an author beyond the name. Created for every new author by a
 * receiver, never by application code.
 */
@Entity
public class AuthorProfile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@OneToOne(fetch = FetchType.LAZY, optional = false)
	private Author author;

	private String bio;

	private Instant joinedAt;

	protected AuthorProfile() {
	}

	/**
	 * The identifier.
	 * @return the id
	 */
	public Long getId() {
		return this.id;
	}

	/**
	 * A few words about the author.
	 * @return the bio, empty when the author wrote none
	 */
	public String getBio() {
		return this.bio;
	}

	/**
	 * When the author was created.
	 * @return the time
	 */
	public Instant getJoinedAt() {
		return this.joinedAt;
	}

}
