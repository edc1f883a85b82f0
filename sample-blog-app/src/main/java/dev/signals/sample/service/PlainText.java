package dev.signals.sample.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text a person typed, as {@link Texts} accepts it: no control characters (tabs and line
 * breaks only in {@link #multiline()} text), no unpaired surrogates, not blank once
 * whitespace and invisible characters around it are set aside, and at most {@link #max()}
 * characters once they are. A missing value is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = PlainTextValidator.class)
@Target({ ElementType.FIELD, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	/**
	 * The most characters (Unicode code points) the trimmed text may have.
	 * @return the maximum
	 */
	int max();

	/**
	 * Whether the text may have several lines (line breaks and tabs).
	 * @return whether it may
	 */
	boolean multiline() default false;

	/**
	 * The message; the validator says what exactly is wrong instead.
	 * @return the message
	 */
	String message() default "must be plain text";

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
