package dev.signals.it;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Car {

	@Id
	@GeneratedValue
	private Long id;

	private String model;

	protected Car() {
	}

	public Car(String model) {
		this.model = model;
	}

	public Long getId() {
		return this.id;
	}

	public String getModel() {
		return this.model;
	}

}
