package dev.signals.sample.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A list of tag names no longer than {@code blog.max-tags-per-article} (20 unless
 * configured), counting the names as given. A missing list is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = TagLimitValidator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface TagLimit {

	/**
	 * The message; the validator names the limit instead.
	 * @return the message
	 */
	String message() default "has too many tags";

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
