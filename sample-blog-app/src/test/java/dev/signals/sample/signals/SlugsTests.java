package dev.signals.sample.signals;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Slugs made from titles.
 */
class SlugsTests {

	@Test
	void lowerCasesAndJoinsWordsWithHyphens() {
		assertThat(Slugs.of("  My First Title!  ")).isEqualTo("my-first-title");
	}

	@Test
	void dropsAccents() {
		assertThat(Slugs.of("Crème Brûlée, à la carte")).isEqualTo("creme-brulee-a-la-carte");
	}

	@Test
	void titleWithoutLettersGivesAFallback() {
		assertThat(Slugs.of("!!!")).isEqualTo("article");
	}

	@Test
	void longTitlesAreCutWithoutTrailingHyphen() {
		assertThat(Slugs.of("ab ".repeat(150))).hasSizeLessThanOrEqualTo(200).doesNotEndWith("-");
	}

}
