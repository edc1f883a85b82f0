package dev.signals.sample.service;

import java.util.List;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.springframework.beans.factory.annotation.Value;

/**
 * Checks a {@link TagLimit} against {@code blog.max-tags-per-article}; Spring's validator
 * factory creates it with the configured limit.
 */
class TagLimitValidator implements ConstraintValidator<TagLimit, List<?>> {

	private final int max;

	TagLimitValidator(@Value("${blog.max-tags-per-article:20}") int max) {
		this.max = max;
	}

	@Override
	public boolean isValid(List<?> tags, ConstraintValidatorContext context) {
		if (tags == null || tags.size() <= this.max) {
			return true;
		}
		context.disableDefaultConstraintViolation();
		context.buildConstraintViolationWithTemplate("must have at most " + this.max + " tags (it has " + tags.size() + ")")
			.addConstraintViolation();
		return false;
	}

}
