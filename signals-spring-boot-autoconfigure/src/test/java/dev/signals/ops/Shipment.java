package dev.signals.ops;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/**
 * The entity of the operations tests.
 */
@Entity
public class Shipment {

	@Id
	@GeneratedValue
	private Long id;

	private String label;

	protected Shipment() {
	}

	public Shipment(String label) {
		this.label = label;
	}

	public Long getId() {
		return this.id;
	}

	public String getLabel() {
		return this.label;
	}

	public void setLabel(String label) {
		this.label = label;
	}

}
