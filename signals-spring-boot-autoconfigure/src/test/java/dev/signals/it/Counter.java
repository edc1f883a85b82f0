package dev.signals.it;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/**
 * An entity whose receiver writes it again, as the classic recursive signal handler does.
 */
@Entity
public class Counter {

	@Id
	@GeneratedValue
	private Long id;

	private int hits;

	public Long getId() {
		return this.id;
	}

	public int getHits() {
		return this.hits;
	}

	public void hit() {
		this.hits++;
	}

}
