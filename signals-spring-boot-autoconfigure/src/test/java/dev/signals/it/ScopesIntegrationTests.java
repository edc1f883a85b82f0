package dev.signals.it;

import dev.signals.ModelSignal;
import dev.signals.Signals;
import dev.signals.test.RecordSignals;
import dev.signals.test.RecordedSignals;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static dev.signals.SignalType.POST_SAVE;
import static dev.signals.SignalType.PRE_SAVE;
import static dev.signals.test.RecordedSignalsAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@RecordSignals
class ScopesIntegrationTests extends PostgresTestSupport {

	@Autowired
	Signals signals;

	@Autowired
	ArticleRepository articles;

	@Autowired
	RecordedSignals recorded;

	@Test
	void writesInARawScopeSendRawSignals() {
		this.signals.raw(() -> this.articles.save(new Article("fixture", "x")));
		this.articles.save(new Article("normal", "x"));

		assertThat(this.recorded.of(ModelSignal.class)).extracting(ModelSignal::raw)
			.containsExactly(true, true, false, false);
	}

	@Test
	void writesInAMutedScopeSendNothing() {
		Article imported = this.signals.muted(() -> this.articles.save(new Article("Imported", "x")));

		assertThat(this.recorded).isEmpty();
		assertThat(imported.getSlug()).isNull();
		assertThat(count("article")).isOne();
	}

	@Test
	void scopesFlushOnExitSoThatTheirWritesAreCoveredInsideATransaction() {
		inTransaction(() -> {
			this.signals.muted(() -> this.articles.save(new Article("muted", "x")));
			this.signals.raw(() -> this.articles.save(new Article("raw", "x")));
		});

		assertThat(this.recorded).hasTypes(PRE_SAVE, POST_SAVE).signal(0).isRaw();
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

		assertThat(this.recorded.of(ModelSignal.class)).extracting(ModelSignal::raw)
			.containsExactly(true, true, true, true, false, false);
	}

}
