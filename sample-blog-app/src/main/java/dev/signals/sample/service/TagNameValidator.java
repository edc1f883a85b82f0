package dev.signals.sample.service;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks a {@link TagName} with the rules of {@link TagNames}, the class that spells the
 * names as they are stored. A missing name is left to {@code @NotNull}.
 */
class TagNameValidator implements ConstraintValidator<TagName, String> {

	@Override
	public boolean isValid(String name, ConstraintValidatorContext context) {
		return name == null || TagNames.isValid(name);
	}

}
