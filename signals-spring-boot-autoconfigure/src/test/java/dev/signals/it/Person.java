package dev.signals.it;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

/**
 * A many-to-many relation of a class to itself: {@code fans} owns it, {@code idols} is its
 * inverse.
 */
@Entity
public class Person {

	@Id
	@GeneratedValue
	private Long id;

	private String name;

	@ManyToMany
	@JoinTable(name = "person_fans")
	private Set<Person> fans = new LinkedHashSet<>();

	@ManyToMany(mappedBy = "fans")
	private Set<Person> idols = new LinkedHashSet<>();

	protected Person() {
	}

	public Person(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public Set<Person> getFans() {
		return this.fans;
	}

	public Set<Person> getIdols() {
		return this.idols;
	}

	public void addFan(Person fan) {
		this.fans.add(fan);
		fan.idols.add(this);
	}

}
