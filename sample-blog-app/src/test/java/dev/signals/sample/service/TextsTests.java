package dev.signals.sample.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link Texts} accepts and how it trims.
 */
class TextsTests {

	@Test
	void trimsWhitespaceAndInvisibleCharactersAtTheEnds() {
		assertThat(Texts.trim("\u200b\u00a0 Crème brûlée\u2060\ufeff\n")).isEqualTo("Crème brûlée");
		assertThat(Texts.trim("a\u200bb")).isEqualTo("a\u200bb");
		assertThat(Texts.trim("\u3164")).isEmpty();
		assertThat(Texts.isBlank("\u200b\u200c\u200d")).isTrue();
		assertThat(Texts.isBlank(null)).isTrue();
	}

	@Test
	void refusesControlCharactersAndUnpairedSurrogatesSayingWhere() {
		assertThat(Texts.problem("ab\u0000", 10, true))
			.contains("must not contain control characters (U+0000 at character 3)");
		assertThat(Texts.problem("\uD83D\uDE00\u0001", 10, false))
			.contains("must not contain control characters (U+0001 at character 2)");
		assertThat(Texts.problem("a\uDBFF", 10, false))
			.contains("must not contain an unpaired surrogate (U+DBFF at character 2)");
		assertThat(Texts.problem("\uDE00a", 10, false))
			.contains("must not contain an unpaired surrogate (U+DE00 at character 1)");
	}

	@Test
	void lineBreaksAndTabsOnlyInMultilineTextOrAroundIt() {
		assertThat(Texts.problem("one\ntwo\r\n\tthree", 100, true)).isEmpty();
		assertThat(Texts.problem("one\ntwo", 100, false)).contains("must be a single line");
		assertThat(Texts.problem("one\ttwo", 100, false)).contains("must not contain tabs");
		assertThat(Texts.problem("\n\tone two\r\n", 100, false)).isEmpty();
	}

	@Test
	void countsCodePointsOfTheTrimmedText() {
		assertThat(Texts.problem(" " + "\uD83D\uDE00".repeat(3) + " ", 3, false)).isEmpty();
		assertThat(Texts.problem("abcd", 3, false)).contains("must be at most 3 characters (it has 4)");
		assertThat(Texts.problem("\u200b \u00a0", 3, false)).contains("must not be blank");
	}

}
