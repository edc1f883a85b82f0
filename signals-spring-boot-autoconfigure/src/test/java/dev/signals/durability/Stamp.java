package dev.signals.durability;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Stamp {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String label;

	protected Stamp() {
	}

	public Stamp(String label) {
		this.label = label;
	}

	public Long getId() {
		return this.id;
	}

}
