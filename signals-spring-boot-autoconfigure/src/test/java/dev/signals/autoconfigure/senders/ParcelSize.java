package dev.signals.autoconfigure.senders;

import jakarta.persistence.Embeddable;

/**
 * An embeddable: not an entity, so no signal is ever about it.
 */
@Embeddable
public class ParcelSize {

	private int weight;

	public int getWeight() {
		return this.weight;
	}

}
