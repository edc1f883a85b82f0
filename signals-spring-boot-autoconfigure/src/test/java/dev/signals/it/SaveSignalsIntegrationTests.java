package dev.signals.it;

import java.util.List;
import java.util.Map;

import dev.signals.PostSave;
import dev.signals.PreSave;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class SaveSignalsIntegrationTests extends PostgresTestSupport {

	@Autowired
	ArticleRepository articles;

	@Autowired
	EntityManager entityManager;

	@Test
	void preSaveRunsBeforeTheInsertAndPostSaveAfterIt() {
		Article article = this.articles.save(new Article("Hello World", "one two three"));

		assertThat(this.log.labels()).containsSubsequence("PRE_SAVE", "POST_SAVE");
		assertThat(this.log.only("PRE_SAVE").detail()).isEqualTo(0L);
		assertThat(this.log.only("POST_SAVE").detail()).isEqualTo(1L);
		PostSave<?> postSave = this.log.only("POST_SAVE").as(PostSave.class);
		assertThat(postSave.created()).isTrue();
		assertThat(postSave.updateFields()).isEmpty();
		assertThat(postSave.instance()).isSameAs(article);
		assertThat(postSave.sender()).isEqualTo(Article.class);
		assertThat(postSave.using()).isEqualTo("default");
		assertThat(postSave.raw()).isFalse();
		assertThat(this.log.only("PRE_SAVE").as(PreSave.class).created()).isTrue();
	}

	@Test
	void preSaveRunsBeforeTheUpdateAndReportsTheChangedAttributes() {
		Long id = this.articles.save(new Article("Hello", "one two")).getId();
		this.log.clear();

		inTransaction(() -> this.articles.findById(id).orElseThrow().setTitle("Goodbye"));

		PreSave<?> preSave = this.log.only("PRE_SAVE").as(PreSave.class);
		PostSave<?> postSave = this.log.only("POST_SAVE").as(PostSave.class);
		assertThat(preSave.created()).isFalse();
		assertThat(postSave.created()).isFalse();
		assertThat(preSave.updateFields()).containsExactly("title");
		assertThat(postSave.updateFields()).containsExactly("title");
		assertThat(postSave.changed("title")).isTrue();
		assertThat(postSave.changed("body")).isFalse();
		assertThat(postSave.previous("title")).isEqualTo("Hello");
		assertThat(this.jdbc.queryForObject("select title from article where id = ?", String.class, id))
			.isEqualTo("Goodbye");
	}

	@Test
	void preSaveChangesAreWrittenByTheInsert() {
		Long id = this.articles.save(new Article("My First Post", "a b c d")).getId();

		Map<String, Object> row = this.jdbc.queryForMap("select slug, word_count from article where id = ?", id);
		assertThat(row).containsEntry("slug", "my-first-post").containsEntry("word_count", 4);
	}

	@Test
	void preSaveChangesAreWrittenByTheSameUpdate() {
		Long id = this.articles.save(new Article("Post", "a b")).getId();
		this.log.clear();

		inTransaction(() -> this.articles.findById(id).orElseThrow().setBody("now five words in it"));

		assertThat(this.jdbc.queryForObject("select word_count from article where id = ?", Integer.class, id))
			.isEqualTo(5);
		assertThat(this.log.labels()).containsExactlyInAnyOrder("PRE_INIT", "POST_INIT", "PRE_SAVE", "POST_SAVE",
				"@EventListener", "BEFORE_COMMIT", "AFTER_COMMIT", "AFTER_COMMIT 2", "AFTER_COMPLETION",
				"@TransactionalEventListener");
		PostSave<?> save = this.log.only("POST_SAVE").as(PostSave.class);
		assertThat(save.updateFields()).containsExactlyInAnyOrder("body", "wordCount");
	}

	@Test
	void everyWritePathSendsSaveSignals() {
		this.articles.saveAll(List.of(new Article("a", "x"), new Article("b", "y")));
		this.articles.saveAndFlush(new Article("c", "z"));
		inTransaction(() -> {
			this.entityManager.persist(new Article("d", "w"));
			this.entityManager.flush();
		});
		Article detached = this.articles.findAll().get(0);
		detached.setTitle("merged");
		inTransaction(() -> this.entityManager.merge(detached));

		List<PostSave<?>> saves = this.log.entries("POST_SAVE")
			.stream()
			.<PostSave<?>>map((entry) -> entry.as(PostSave.class))
			.toList();
		assertThat(saves).extracting(PostSave::created).containsExactly(true, true, true, true, false);
	}

	@Test
	void aSaveThatChangesNothingSendsNoSignal() {
		Article article = this.articles.save(new Article("Same", "same"));
		this.log.clear();

		inTransaction(() -> this.articles.save(this.articles.findById(article.getId()).orElseThrow()));

		assertThat(this.log.labels()).doesNotContain("PRE_SAVE", "POST_SAVE");
	}

}
