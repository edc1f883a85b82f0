package dev.signals.ops;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/**
 * An entity nobody listens to.
 */
@Entity
public class Crate {

	@Id
	@GeneratedValue
	private Long id;

	public Long getId() {
		return this.id;
	}

}
