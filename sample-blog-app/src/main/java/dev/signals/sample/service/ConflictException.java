package dev.signals.sample.service;

/**
 * Thrown when a write contradicts what the database holds; answered with 409.
 */
public class ConflictException extends FieldProblem {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param field the input field at fault, {@code null} when no field is
	 * @param message what is wrong, for people
	 */
	public ConflictException(String field, String message) {
		super(field, message);
	}

}
