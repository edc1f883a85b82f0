package dev.signals.it;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An entity whose id the database generates: Hibernate inserts it, and sends its save
 * signals, when it is persisted rather than in the flush.
 */
@Entity
public class Ticket {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int revision;

	public Long getId() {
		return this.id;
	}

	public void revise() {
		this.revision++;
	}

}
