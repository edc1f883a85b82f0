package dev.signals.it;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.hibernate.annotations.DynamicUpdate;

/**
 * An entity with dynamic updates whose pre-save receiver derives one attribute from another.
 */
@Entity
@DynamicUpdate
public class Draft {

	@Id
	@GeneratedValue
	private Long id;

	private String text;

	private int length;

	protected Draft() {
	}

	public Draft(String text) {
		this.text = text;
	}

	public Long getId() {
		return this.id;
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

}
