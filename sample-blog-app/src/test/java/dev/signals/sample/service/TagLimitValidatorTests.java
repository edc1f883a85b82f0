package dev.signals.sample.service;

import java.util.Set;
import java.util.stream.IntStream;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The number of tags an article may have is {@code blog.max-tags-per-article}, 20 unless
 * configured, and the validator that Spring creates says so.
 */
class TagLimitValidatorTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class));

	@Test
	void twentyTagsByDefault() {
		this.contexts.run((context) -> {
			Validator validator = context.getBean(Validator.class);
			assertThat(validator.validate(tags(20))).isEmpty();
			assertThat(validator.validate(tags(21))).extracting(ConstraintViolation::getMessage)
				.containsExactly("must have at most 20 tags (it has 21)");
		});
	}

	@Test
	void theLimitIsConfigurable() {
		this.contexts.withPropertyValues("blog.max-tags-per-article=3").run((context) -> {
			Validator validator = context.getBean(Validator.class);
			assertThat(validator.validate(tags(3))).isEmpty();
			Set<ConstraintViolation<TagsInput>> violations = validator.validate(tags(4));
			assertThat(violations).extracting((violation) -> violation.getPropertyPath().toString())
				.containsExactly("tags");
			assertThat(violations).extracting(ConstraintViolation::getMessage)
				.containsExactly("must have at most 3 tags (it has 4)");
		});
	}

	private static TagsInput tags(int count) {
		TagsInput input = new TagsInput();
		input.setTags(IntStream.range(0, count).mapToObj((i) -> "tag" + i).toList());
		return input;
	}

}
