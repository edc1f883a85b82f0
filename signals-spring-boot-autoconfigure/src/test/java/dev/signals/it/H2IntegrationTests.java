package dev.signals.it;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:signals;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa", "spring.jpa.properties.hibernate.default_schema=PUBLIC" })
class H2IntegrationTests extends PostgresTestSupport {

	@Autowired
	ArticleRepository articles;

	@Test
	void signalsWorkTheSameOnH2() {
		Article article = this.articles.save(new Article("On H2", "three words here"));
		this.articles.delete(article);

		assertThat(this.log.labels()).containsSubsequence("PRE_SAVE", "POST_SAVE", "PRE_DELETE", "POST_DELETE");
		assertThat(this.log.only("PRE_SAVE").detail()).isEqualTo(0L);
		assertThat(this.log.only("POST_SAVE").detail()).isEqualTo(1L);
		assertThat(article.getSlug()).isEqualTo("on-h2");
	}

}
