package dev.signals.it;

import dev.signals.PostInit;
import dev.signals.PreInit;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class InitSignalsIntegrationTests extends PostgresTestSupport {

	@Autowired
	ArticleRepository articles;

	@Autowired
	EntityManager entityManager;

	@Test
	void preInitComesBeforeHydrationAndPostInitSeesEveryAttribute() {
		Long id = this.articles.save(new Article("Loaded", "from the database")).getId();
		this.log.clear();

		Article loaded = inTransaction(() -> this.entityManager.find(Article.class, id));

		assertThat(this.log.labels()).containsExactly("PRE_INIT", "POST_INIT");
		assertThat(this.log.only("PRE_INIT").detail()).isEqualTo("null");
		assertThat(this.log.only("POST_INIT").detail()).isEqualTo("Loaded");
		PostInit<?> postInit = this.log.only("POST_INIT").as(PostInit.class);
		assertThat(postInit.instance()).isSameAs(loaded);
		assertThat(postInit.id()).isEqualTo(id);
		assertThat(this.log.only("PRE_INIT").as(PreInit.class).instance()).isSameAs(loaded);
	}

	@Test
	void queriesSendInitSignalsForEveryRow() {
		this.articles.save(new Article("one", "a"));
		this.articles.save(new Article("two", "b"));
		this.log.clear();

		this.articles.findAll();

		assertThat(this.log.entries("POST_INIT")).extracting(SignalLog.Entry::detail)
			.containsExactlyInAnyOrder("one", "two");
	}

	@Test
	void newInstancesSendNoInitSignal() {
		new Article("never loaded", "x");

		assertThat(this.log.labels()).isEmpty();
	}

}
