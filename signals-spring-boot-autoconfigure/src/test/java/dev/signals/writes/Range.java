package dev.signals.writes;

import jakarta.persistence.Embeddable;

/**
 * The range of a {@link Gauge}, a mutable embeddable.
 */
@Embeddable
public class Range {

	private int low;

	private int high;

	public void setHigh(int high) {
		this.high = high;
	}

	public void setLow(int low) {
		this.low = low;
	}

}
