package dev.signals.it;

import jakarta.persistence.Entity;

@Entity
public class SportsCar extends Car {

	private int topSpeed;

	protected SportsCar() {
	}

	public SportsCar(String model, int topSpeed) {
		super(model);
		this.topSpeed = topSpeed;
	}

	public int getTopSpeed() {
		return this.topSpeed;
	}

}
