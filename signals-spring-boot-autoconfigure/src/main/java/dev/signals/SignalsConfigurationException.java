package dev.signals;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Thrown at startup when a receiver or a {@code signals.*} setting is declared wrongly. It
 * says what is wrong and where ({@link #description()}) and what to do instead
 * ({@link #action()}); Spring Boot shows both in its "APPLICATION FAILED TO START" report.
 *
 * @since 0.1.0
 */
public class SignalsConfigurationException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	/** What is wrong. */
	private final String description;

	/** What to do about the mistake. */
	private final String action;

	/**
	 * Create an exception.
	 * @param description what is wrong, naming the receiver method or the property
	 * @param action what to do instead
	 */
	public SignalsConfigurationException(String description, String action) {
		this(description, action, null);
	}

	/**
	 * Create an exception caused by another one.
	 * @param description what is wrong, naming the receiver method or the property
	 * @param action what to do instead
	 * @param cause the exception that revealed the mistake, or {@code null}
	 */
	public SignalsConfigurationException(String description, String action, @Nullable Throwable cause) {
		super(description + " " + action, cause);
		Assert.hasText(description, "'description' must not be empty");
		Assert.hasText(action, "'action' must not be empty");
		this.description = description;
		this.action = action;
	}

	/**
	 * What is wrong and where.
	 * @return the description
	 */
	public String description() {
		return this.description;
	}

	/**
	 * What to do instead.
	 * @return the action
	 */
	public String action() {
		return this.action;
	}

}
