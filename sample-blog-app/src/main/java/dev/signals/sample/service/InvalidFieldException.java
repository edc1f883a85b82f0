package dev.signals.sample.service;

/**
 * Thrown when an input field names something that does not exist, such as an unknown author
 * id, or is wrong in a way its annotations cannot say; answered with 400.
 */
public class InvalidFieldException extends FieldProblem {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param field the input field at fault
	 * @param message what is wrong, for people
	 */
	public InvalidFieldException(String field, String message) {
		super(field, message);
	}

}
