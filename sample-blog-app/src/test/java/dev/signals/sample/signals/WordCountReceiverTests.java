package dev.signals.sample.signals;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counting the words of a body.
 */
class WordCountReceiverTests {

	@Test
	void countsRunsOfNonSpace() {
		assertThat(WordCountReceiver.count(" one  two\n\tthree ")).isEqualTo(3);
	}

	@Test
	void blankIsZero() {
		assertThat(WordCountReceiver.count("  \n")).isZero();
		assertThat(WordCountReceiver.count(null)).isZero();
	}

}
