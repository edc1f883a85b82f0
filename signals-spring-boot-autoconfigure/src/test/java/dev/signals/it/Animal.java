package dev.signals.it;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToMany;

/**
 * The root of a {@code JOINED} hierarchy: each subclass has a table of its own, so bulk
 * statements against a subclass write several tables, and zoos hold animals of any subclass.
 */
@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Animal {

	@Id
	@GeneratedValue
	private Long id;

	private String name;

	@ManyToMany(mappedBy = "animals")
	private Set<Zoo> zoos = new LinkedHashSet<>();

	protected Animal() {
	}

	public Animal(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public Set<Zoo> getZoos() {
		return this.zoos;
	}

}
