package dev.signals.sample.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A tag name: letters, digits or hyphens, with any surrounding blanks ignored, at most 40 of
 * them once in lower case, as the name is stored.
 */
@Documented
@Constraint(validatedBy = TagNameValidator.class)
@Target({ ElementType.FIELD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface TagName {

	/**
	 * The message.
	 * @return the message
	 */
	String message() default "a tag is 1 to 40 letters, digits or hyphens, counted in lower case";

	/**
	 * The groups.
	 * @return the groups
	 */
	Class<?>[] groups() default {};

	/**
	 * The payload.
	 * @return the payload
	 */
	Class<? extends Payload>[] payload() default {};

}
