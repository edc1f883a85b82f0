package dev.signals.test.app;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/**
 * An entity to record the signals of.
 */
@Entity
public class Book {

	@Id
	@GeneratedValue
	private Long id;

	private String title;

	protected Book() {
	}

	public Book(String title) {
		this.title = title;
	}

	public Long getId() {
		return this.id;
	}

	public void setTitle(String title) {
		this.title = title;
	}

}
