package dev.signals.bench.e2e.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A tag, the other side of the many-to-many relation of every post class. Its article count
 * is kept only by the Django seeds' variants, with a JPQL bulk update per tag added.
 */
@Entity
public class BenchTag {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	private String name;

	/** How many times the tag was added to a post, in the Django seeds' variants. */
	private int articleCount;

	protected BenchTag() {
	}

	/**
	 * Create a tag.
	 * @param name the name
	 */
	public BenchTag(String name) {
		this.name = name;
	}

	/**
	 * The identifier, assigned from a sequence when the tag is persisted.
	 * @return the identifier
	 */
	public Long getId() {
		return this.id;
	}

	/**
	 * The name.
	 * @return the name
	 */
	public String getName() {
		return this.name;
	}

}
