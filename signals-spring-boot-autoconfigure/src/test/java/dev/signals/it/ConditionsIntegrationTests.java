package dev.signals.it;

import dev.signals.ModelSignal;
import dev.signals.PostSave;
import dev.signals.PreSave;
import dev.signals.Signals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.signals.SignalType.POST_SAVE;
import static dev.signals.SignalType.PRE_SAVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ConditionsIntegrationTests extends PostgresTestSupport {

	@Autowired
	ArticleRepository articles;

	@Autowired
	Signals connector;

	private ConnectedRecorder signals;

	@BeforeEach
	void record() {
		this.signals = new ConnectedRecorder(this.connector);
	}

	@AfterEach
	void stopRecording() {
		this.signals.close();
	}

	@Test
	void saveSignalsTellWhatChangedAndFromWhat() {
		Long id = this.articles.save(new Article("Before", "x")).getId();
		this.signals.clear();

		inTransaction(() -> {
			Article article = this.articles.findById(id).orElseThrow();
			article.setTitle("After");
			article.setStatus(Article.Status.PUBLISHED);
		});

		assertThat(this.signals.all()).extracting(ModelSignal::type).containsExactly(PRE_SAVE, POST_SAVE);
		PostSave<?> save = this.signals.of(PostSave.class).get(0);
		assertThat(save.updateFields()).containsExactlyInAnyOrder("title", "status");
		assertThat(save.changed("title")).isTrue();
		assertThat(save.changed("body")).isFalse();
		assertThat(save.previous("title")).isEqualTo("Before");
		assertThat(save.current("title")).isEqualTo("After");
		assertThat(save.previous("body")).isEqualTo("x");
		assertThat(save.changedTo("status", "PUBLISHED")).isTrue();
		assertThat(save.changedTo("status", Article.Status.PUBLISHED)).isTrue();
		assertThat(save.changedTo("title", "Before")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> save.previous("nonsense"))
			.withMessageContaining("no persistent attribute 'nonsense'");
	}

	@Test
	void anInsertChangesNothingButChangesToItsValues() {
		this.articles.save(new Article("New", "x"));

		PreSave<?> save = this.signals.of(PreSave.class).get(0);
		assertThat(save.updateFields()).isEmpty();
		assertThat(save.changed("title")).isFalse();
		assertThat(save.previous("title")).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> save.previous("nonsense"))
			.withMessageContaining("nonsense");
		assertThat(save.changedTo("title", "New")).isTrue();
		assertThat(save.changedTo("status", "PUBLISHED")).isFalse();
	}

	@Test
	void aFieldFilterReceivesInsertsAndUpdatesOfThoseFieldsOnly() {
		Long id = this.articles.save(new Article("Title", "x")).getId();
		inTransaction(() -> this.articles.findById(id).orElseThrow().setBody("only the body"));
		inTransaction(() -> this.articles.findById(id).orElseThrow().setTitle("New title"));

		assertThat(this.log.entries("title changed")).extracting(SignalLog.Entry::detail)
			.containsExactly("created", "Title");
	}

}
