package dev.signals.it;

import jakarta.persistence.Entity;

/**
 * A subclass of the {@code JOINED} hierarchy, in a table of its own.
 */
@Entity
public class Dog extends Animal {

	private String breed;

	protected Dog() {
	}

	public Dog(String name, String breed) {
		super(name);
		this.breed = breed;
	}

	public String getBreed() {
		return this.breed;
	}

}
