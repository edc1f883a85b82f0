package dev.signals.sample.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * A tag name: 1 to 40 letters, digits or hyphens, with any surrounding blanks ignored.
 */
@Documented
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Pattern(regexp = "\\s*[\\p{L}\\p{N}-]{1,40}\\s*")
@ReportAsSingleViolation
public @interface TagName {

	/**
	 * The message.
	 * @return the message
	 */
	String message() default "a tag is 1 to 40 letters, digits or hyphens";

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
