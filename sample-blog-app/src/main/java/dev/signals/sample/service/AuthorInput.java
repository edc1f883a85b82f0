package dev.signals.sample.service;

import jakarta.validation.constraints.NotNull;

/**
 * The name of a new author.
 */
public class AuthorInput {

	@NotNull(message = "is required")
	@PlainText(max = 80)
	private String name;

	/**
	 * The name.
	 * @return the name
	 */
	public String getName() {
		return this.name;
	}

	/**
	 * Set the name.
	 * @param name the name
	 */
	public void setName(String name) {
		this.name = name;
	}

}
