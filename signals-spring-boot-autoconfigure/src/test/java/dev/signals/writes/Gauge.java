package dev.signals.writes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

/**
 * An entity with every kind of state a receiver can change in place: a basic attribute, an
 * embeddable, a collection of embeddables, a many-to-many collection and a reference that
 * cascades persist.
 */
@Entity
public class Gauge {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	private int reading;

	@Embedded
	private Range range = new Range();

	@ElementCollection
	@OrderColumn
	private List<Range> history = new ArrayList<>();

	@ManyToMany
	private Set<Label> labels = new LinkedHashSet<>();

	@ManyToOne(cascade = CascadeType.PERSIST)
	private Label favourite;

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public void setReading(int reading) {
		this.reading = reading;
	}

	public Range getRange() {
		return this.range;
	}

	public List<Range> getHistory() {
		return this.history;
	}

	public Set<Label> getLabels() {
		return this.labels;
	}

	public void setLabels(Set<Label> labels) {
		this.labels = labels;
	}

	public void setFavourite(Label favourite) {
		this.favourite = favourite;
	}

}
