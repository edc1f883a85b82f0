package dev.signals.crash;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Parcel {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String label;

	protected Parcel() {
	}

	public Parcel(String label) {
		this.label = label;
	}

	public Long getId() {
		return this.id;
	}

}
