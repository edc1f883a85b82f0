package dev.signals.sample.service;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks a {@link TagName} with the rules of {@link TagNames}, the class that spells the
 * names as they are stored, and names the bad tag in the message, so that a form with two
 * bad tags says which they are. A missing name is left to {@code @NotNull}.
 */
class TagNameValidator implements ConstraintValidator<TagName, String> {

	/** How much of a bad name the message quotes. */
	private static final int QUOTED_LENGTH = 40;

	private String message;

	@Override
	public void initialize(TagName constraint) {
		this.message = constraint.message();
	}

	@Override
	public boolean isValid(String name, ConstraintValidatorContext context) {
		if (name == null || TagNames.isValid(name)) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate(literal(quote(name)) + " is not a tag: " + this.message)
			.addConstraintViolation();
		return false;
	}

	/**
	 * The name between quotes, cut after {@value #QUOTED_LENGTH} characters, with control
	 * characters and unpaired surrogates shown as U+FFFD.
	 */
	private static String quote(String name) {
		StringBuilder quoted = new StringBuilder("“");
		int shown = 0;
		for (int i = 0; i < name.length() && shown < QUOTED_LENGTH; shown++) {
			int codePoint = name.codePointAt(i);
			boolean printable = Character.getType(codePoint) != Character.CONTROL
					&& Character.getType(codePoint) != Character.SURROGATE;
			quoted.appendCodePoint(printable ? codePoint : 0xFFFD);
			i += Character.charCount(codePoint);
		}
		return quoted.append((name.codePointCount(0, name.length()) > QUOTED_LENGTH) ? "…”" : "”").toString();
	}

	/**
	 * Text that the message interpolation leaves as it is: what a client sent must never be
	 * read as a message parameter or an expression ({@code {…}}, {@code ${…}}).
	 */
	private static String literal(String text) {
		return text.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
	}

}
