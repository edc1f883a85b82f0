package dev.signals.sample.api;

import java.util.Collection;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * The field of a JSON body that Jackson could not read, named as validation names fields
 * ({@code authorId}, {@code tags}, {@code tags[1]}), and what it should have been.
 *
 * @param field the field's path in the body
 * @param message what is wrong, for people
 */
record UnreadableField(String field, String message) {

	/**
	 * The field at fault in an unreadable body.
	 * @param ex the failure to read the body
	 * @return the field, empty when the body as a whole is not JSON
	 */
	static Optional<UnreadableField> of(HttpMessageNotReadableException ex) {
		if (!(ex.getCause() instanceof JacksonException jackson) || jackson.getPath().isEmpty()
				|| !(jackson instanceof DatabindException || jackson instanceof InputCoercionException)) {
			return Optional.empty();
		}
		return Optional.of(new UnreadableField(path(jackson), message(jackson)));
	}

	/**
	 * What is wrong with a body that cannot be read as a whole.
	 * @param ex the failure to read the body, with no field at fault
	 * @return the problem, for people
	 */
	static String describeBody(HttpMessageNotReadableException ex) {
		if (ex.getCause() == null) {
			return "The body is missing";
		}
		if (ex.getCause() instanceof MismatchedInputException) {
			return "The body is not a JSON object";
		}
		if (ex.getCause() instanceof JacksonException jackson) {
			TokenStreamLocation location = jackson.getLocation();
			return "The body is not valid JSON: " + jackson.getOriginalMessage()
					+ ((location != null) ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"
							: "");
		}
		return "The body cannot be read";
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String message(JacksonException ex) {
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return "is not a field here; the fields are: " + String.join(", ",
					unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList());
		}
		if (ex instanceof InputCoercionException) {
			return "is out of range";
		}
		Class<?> expected = (ex instanceof MismatchedInputException mismatch) ? mismatch.getTargetType() : null;
		if (expected == null) {
			return "is not valid JSON";
		}
		if (expected == Long.class || expected == Integer.class || expected == long.class || expected == int.class) {
			return "must be a whole number";
		}
		if (Number.class.isAssignableFrom(expected)) {
			return "must be a number";
		}
		if (Collection.class.isAssignableFrom(expected) || expected.isArray()) {
			return "must be a list";
		}
		if (expected == String.class) {
			return "must be a string";
		}
		return "must be a " + expected.getSimpleName();
	}

}
