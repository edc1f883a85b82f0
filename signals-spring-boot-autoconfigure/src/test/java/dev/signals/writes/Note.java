package dev.signals.writes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A note that a post-save receiver stamps and saves again (UUID ids).
 */
@Entity
public class Note {

	@Id
	@GeneratedValue(strategy = GenerationType.UUID)
	private java.util.UUID id;

	private String text;

	private boolean stamped;

	private int stamps;

	protected Note() {
	}

	public Note(String text) {
		this.text = text;
	}

	public String getText() {
		return this.text;
	}

	public boolean isStamped() {
		return this.stamped;
	}

	public int getStamps() {
		return this.stamps;
	}

	public void stamp() {
		this.stamped = true;
		this.stamps++;
	}

	public java.util.UUID getId() {
		return this.id;
	}

}
