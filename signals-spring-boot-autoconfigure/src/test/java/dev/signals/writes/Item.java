package dev.signals.writes;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.ManyToMany;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An item with many-to-many labels.
 */
@Entity
public class Item {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	@ManyToMany
	private Set<Label> labels = new LinkedHashSet<>();

	public Set<Label> getLabels() {
		return this.labels;
	}

	public Long getId() {
		return this.id;
	}

}
