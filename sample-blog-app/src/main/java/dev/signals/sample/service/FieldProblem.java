package dev.signals.sample.service;

/**
 * A refused write that may be the fault of one input field, so that a form can show the
 * message beside that field.
 */
public abstract class FieldProblem extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String field;

	/**
	 * Create an exception.
	 * @param field the input field at fault, {@code null} when no field is
	 * @param message what is wrong, for people
	 */
	protected FieldProblem(String field, String message) {
		super(message);
		this.field = field;
	}

	/**
	 * The input field at fault.
	 * @return the field name, {@code null} when no field is
	 */
	public String getField() {
		return this.field;
	}

}
