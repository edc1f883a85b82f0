package dev.signals.writes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A row an m2m receiver persists for each label added to an item.
 */
@Entity
public class Labelling {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	private Long itemId;

	private Long labelId;

	protected Labelling() {
	}

	public Labelling(Long itemId, Long labelId) {
		this.itemId = itemId;
		this.labelId = labelId;
	}

	public Long getId() {
		return this.id;
	}

}
