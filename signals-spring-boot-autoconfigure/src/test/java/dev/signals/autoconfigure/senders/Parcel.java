package dev.signals.autoconfigure.senders;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/**
 * The one entity of the sender checks' persistence unit.
 */
@Entity
public class Parcel {

	@Id
	@GeneratedValue
	private Long id;

	@Embedded
	private ParcelSize size;

	public Long getId() {
		return this.id;
	}

	public ParcelSize getSize() {
		return this.size;
	}

}
