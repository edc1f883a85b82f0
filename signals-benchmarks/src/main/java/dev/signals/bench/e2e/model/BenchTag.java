package dev.signals.bench.e2e.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A tag, the other side of the many-to-many relation of every post class.
 */
@Entity
public class BenchTag {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	private String name;

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
	 * The name.
	 * @return the name
	 */
	public String getName() {
		return this.name;
	}

}
