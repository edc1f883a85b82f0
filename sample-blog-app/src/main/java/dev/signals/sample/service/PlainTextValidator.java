package dev.signals.sample.service;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks a {@link PlainText} with {@link Texts#problem}, reporting what exactly is wrong.
 */
class PlainTextValidator implements ConstraintValidator<PlainText, String> {

	private int max;

	private boolean multiline;

	@Override
	public void initialize(PlainText constraint) {
		this.max = constraint.max();
		this.multiline = constraint.multiline();
	}

	@Override
	public boolean isValid(String text, ConstraintValidatorContext context) {
		if (text == null) {
			return true;
		}
		return Texts.problem(text, this.max, this.multiline).map((problem) -> {
			context.disableDefaultConstraintViolation();
			// The message names code points and positions only, never the text, so that
			// nothing a client sent is read as a message template.
			context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
			return false;
		}).orElse(true);
	}

}
