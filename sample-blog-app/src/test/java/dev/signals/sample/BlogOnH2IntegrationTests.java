package dev.signals.sample;

import dev.signals.sample.service.ArticleService;
import dev.signals.sample.service.AuthorService;
import dev.signals.sample.service.SearchIndex;
import dev.signals.sample.service.Views.ArticleView;
import dev.signals.sample.service.Views.SearchHit;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blog as the README's first command starts it: on H2, with no profile. Flyway's
 * schema, the tag and search document upserts, the event publication registry and the seed
 * data work there too, and the seed went through the receivers, the durable ones included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class BlogOnH2IntegrationTests {

	@Autowired
	ArticleService articles;

	@Autowired
	AuthorService authors;

	@Autowired
	SearchIndex search;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void seedDataWasWrittenThroughTheReceivers() {
		assertThat(this.articles.list()).extracting(ArticleView::slug)
			.containsExactlyInAnyOrder("notes-on-the-analytical-engine", "why-we-need-compilers",
					"release-early-release-often");
		assertThat(this.articles.viewBySlug("why-we-need-compilers").wordCount()).isEqualTo(13);
		assertThat(this.authors.list()).allSatisfy((author) -> assertThat(author.bio()).endsWith(" writes here."));
	}

	@Test
	void searchDocumentsAreWrittenAndRewritten() {
		long id = this.articles.viewBySlug("why-we-need-compilers").id();
		assertThat(this.search.search("machine translate")).extracting(SearchHit::slug)
			.containsExactly("why-we-need-compilers");
		this.search.refresh(id);
		assertThat(this.search.search("machine translate")).extracting(SearchHit::slug)
			.containsExactly("why-we-need-compilers");
	}

	@Test
	void theSeedsPublicationsWereDeliveredThroughTheRegistry() {
		assertThat(this.jdbc.queryForList("select listener_id from event_publication where status = 'COMPLETED'",
				String.class))
			.containsExactlyInAnyOrder("signals:follower-notifications", "signals:follower-notifications",
					"signals:search-document", "signals:search-document");
		assertThat(this.jdbc.queryForObject("select count(*) from notification", Long.class))
			.as("Grace and Linus follow Ada, Ada follows Grace")
			.isEqualTo(3);
	}

}
