package dev.signals.it;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A versioned entity whose pre-save receiver derives an attribute and an embeddable's
 * attribute from its text.
 */
@Entity
public class Revision {

	@Id
	@GeneratedValue
	private Long id;

	@Version
	private int version;

	private String text;

	private int length;

	@Embedded
	private RevisionStats stats = new RevisionStats();

	protected Revision() {
	}

	public Revision(String text) {
		this.text = text;
	}

	public Long getId() {
		return this.id;
	}

	public int getVersion() {
		return this.version;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public void setLength(int length) {
		this.length = length;
	}

	public RevisionStats getStats() {
		return this.stats;
	}

}
