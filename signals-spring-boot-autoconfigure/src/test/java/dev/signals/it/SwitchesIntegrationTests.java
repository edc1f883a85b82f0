package dev.signals.it;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class SwitchesIntegrationTests {

	@Nested
	@TestPropertySource(properties = { "signals.types.post-save=false",
			"signals.receivers[ArticleReceivers.preDelete]=false" })
	class TypeAndReceiverSwitches extends PostgresTestSupport {

		@Autowired
		ArticleRepository articles;

		@Test
		void aSwitchedOffTypeReachesNoReceiverAndNoListener() {
			this.articles.save(new Article("typed", "x"));

			assertThat(this.log.labels()).contains("PRE_SAVE")
				.doesNotContain("POST_SAVE", "@EventListener", "AFTER_COMMIT");
		}

		@Test
		void aSwitchedOffReceiverIsNotCalledAndTheOthersAre() {
			Article article = this.articles.save(new Article("deleted", "x"));

			this.articles.delete(article);

			assertThat(this.log.labels()).contains("POST_DELETE").doesNotContain("PRE_DELETE");
		}

	}

	@Nested
	@TestPropertySource(properties = "signals.enabled=false")
	class EverythingOff extends PostgresTestSupport {

		@Autowired
		ArticleRepository articles;

		@Test
		void noSignalIsSentAndNoReceiverRuns() {
			Article article = this.articles.save(new Article("Silent Title", "x y"));
			this.articles.delete(article);

			assertThat(this.log.labels()).isEmpty();
			assertThat(article.getSlug()).isNull();
		}

	}

}
