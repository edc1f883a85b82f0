package dev.signals.it;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

/**
 * Owns a many-to-many relation to the animals of a {@code JOINED} hierarchy, so that the
 * elements of the relation may be subclass instances.
 */
@Entity
public class Zoo {

	@Id
	@GeneratedValue
	private Long id;

	@ManyToMany
	private Set<Animal> animals = new LinkedHashSet<>();

	public Long getId() {
		return this.id;
	}

	public Set<Animal> getAnimals() {
		return this.animals;
	}

}
