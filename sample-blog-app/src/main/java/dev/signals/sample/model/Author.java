package dev.signals.sample.model;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToOne;

/**
 * A person who writes articles and follows other authors. Its {@link AuthorProfile} is
 * created by a post-save receiver when the author is created.
 */
@Entity
public class Author {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@OneToOne(mappedBy = "author")
	private AuthorProfile profile;

	@ManyToMany
	@JoinTable(name = "author_follower", joinColumns = @JoinColumn(name = "author_id"),
			inverseJoinColumns = @JoinColumn(name = "follower_id"))
	private Set<Author> followers = new LinkedHashSet<>();

	protected Author() {
	}

	/**
	 * Create an author.
	 * @param name the author's name
	 */
	public Author(String name) {
		this.name = name;
	}

	/**
	 * The identifier, {@code null} until saved.
	 * @return the id
	 */
	public Long getId() {
		return this.id;
	}

	/**
	 * The author's name.
	 * @return the name
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * The profile, {@code null} until the author's insert has been committed and reloaded.
	 * @return the profile
	 */
	public AuthorProfile getProfile() {
		return this.profile;
	}

	/**
	 * The authors who follow this one.
	 * @return the followers
	 */
	public Set<Author> getFollowers() {
		return this.followers;
	}

}
