package dev.signals.sample;

import dev.signals.sample.service.ArticleService;
import dev.signals.sample.service.AuthorService;
import dev.signals.sample.service.Views.ArticleView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blog as the README's first command starts it: on H2, with no profile. Flyway's
 * schema, the tag upsert and the seed data work there too, and the seed went through the
 * receivers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BlogOnH2IntegrationTests {

	@Autowired
	ArticleService articles;

	@Autowired
	AuthorService authors;

	@Test
	void seedDataWasWrittenThroughTheReceivers() {
		assertThat(this.articles.list()).extracting(ArticleView::slug)
			.containsExactlyInAnyOrder("notes-on-the-analytical-engine", "why-we-need-compilers",
					"release-early-release-often");
		assertThat(this.articles.viewBySlug("why-we-need-compilers").wordCount()).isEqualTo(13);
		assertThat(this.authors.list()).allSatisfy((author) -> assertThat(author.bio()).endsWith(" writes here."));
	}

}
