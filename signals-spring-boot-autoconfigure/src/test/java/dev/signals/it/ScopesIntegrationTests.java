package dev.signals.it;

import dev.signals.ModelSignal;
import dev.signals.Signals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.signals.SignalType.POST_SAVE;
import static dev.signals.SignalType.PRE_SAVE;
import static org.assertj.core.api.Assertions.assertThat;

class ScopesIntegrationTests extends PostgresTestSupport {

	@Autowired
	Signals signals;

	@Autowired
	ArticleRepository articles;

	private ConnectedRecorder recorded;

	@BeforeEach
	void record() {
		this.recorded = new ConnectedRecorder(this.signals);
	}

	@AfterEach
	void stopRecording() {
		this.recorded.close();
	}

	@Test
	void writesInARawScopeSendRawSignals() {
		this.signals.raw(() -> this.articles.save(new Article("fixture", "x")));
		this.articles.save(new Article("normal", "x"));

		assertThat(this.recorded.all()).extracting(ModelSignal::raw)
			.containsExactly(true, true, false, false);
	}

	@Test
	void writesInAMutedScopeSendNothing() {
		Article imported = this.signals.muted(() -> this.articles.save(new Article("Imported", "x")));

		assertThat(this.recorded.all()).isEmpty();
		assertThat(imported.getSlug()).isNull();
		assertThat(count("article")).isOne();
	}

	@Test
	void scopesFlushOnExitSoThatTheirWritesAreCoveredInsideATransaction() {
		inTransaction(() -> {
			this.signals.muted(() -> this.articles.save(new Article("muted", "x")));
			this.signals.raw(() -> this.articles.save(new Article("raw", "x")));
		});

		assertThat(this.recorded.all()).extracting(ModelSignal::type).containsExactly(PRE_SAVE, POST_SAVE);
		assertThat(this.recorded.all()).extracting(ModelSignal::raw).containsExactly(true, true);
	}

	@Test
	void scopesNest() {
		this.signals.muted(() -> {
			this.signals.raw(() -> this.articles.save(new Article("raw inside muted", "x")));
			this.articles.save(new Article("still muted", "x"));
		});
		this.signals.raw(() -> {
			this.signals.raw(() -> this.articles.save(new Article("raw inside raw", "x")));
			this.articles.save(new Article("still raw", "x"));
		});
		this.articles.save(new Article("outside", "x"));

		assertThat(this.recorded.all()).extracting(ModelSignal::raw)
			.containsExactly(true, true, true, true, false, false);
	}

}
