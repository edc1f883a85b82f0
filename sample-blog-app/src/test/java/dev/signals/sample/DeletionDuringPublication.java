package dev.signals.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.signals.Phase;
import dev.signals.PreSave;
import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;
import dev.signals.sample.model.Notification;
import dev.signals.sample.service.ArticleService;
import dev.signals.sample.signals.ArticlePublished;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test receivers that delete a published article while its after-commit receivers run, as a
 * reader deleting it right after its publication would: before they start (the article
 * titled {@value #BEFORE}), or while the first notification is being written (the article
 * titled {@value #DURING}), in another transaction that commits unless something holds the
 * article's lock.
 */
@TestComponent
class DeletionDuringPublication {

	static final String BEFORE = "Deleted before its receivers";

	static final String DURING = "Deleted while notifying";

	private static final Duration LOCK_WAIT = Duration.ofSeconds(10);

	private final ArticleService articles;

	private final JdbcTemplate jdbc;

	private volatile CompletableFuture<Void> deletion = CompletableFuture.completedFuture(null);

	DeletionDuringPublication(ArticleService articles, JdbcTemplate jdbc) {
		this.articles = articles;
		this.jdbc = jdbc;
	}

	@SignalReceiver(id = "test-delete-before-receivers", phase = Phase.AFTER_COMMIT)
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public void deleteBeforeReceivers(SignalEvent<ArticlePublished> event) {
		if (BEFORE.equals(event.payload().title())) {
			this.articles.delete(event.payload().articleId());
		}
	}

	@SignalReceiver(id = "test-delete-while-notifying")
	public void deleteWhileNotifying(PreSave<Notification> signal) throws Exception {
		Long articleId = signal.instance().getArticle().getId();
		if (!DURING.equals(signal.instance().getArticle().getTitle()) || !this.deletion.isDone()) {
			return;
		}
		long notifying = this.jdbc.queryForObject("select pg_backend_pid()", Long.class);
		this.deletion = CompletableFuture.runAsync(() -> this.articles.delete(articleId));
		Instant deadline = Instant.now().plus(LOCK_WAIT);
		while (!this.deletion.isDone() && this.jdbc.queryForObject(
				"select count(*) from pg_stat_activity where ? = any(pg_blocking_pids(pid))", Long.class, notifying) == 0) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("The deletion neither ended nor waited for the notification");
			}
			Thread.sleep(20);
		}
	}

	/**
	 * Wait for the deletion started while notifying, which ends once the notification's
	 * transaction lets it.
	 */
	void awaitDeletion() throws Exception {
		this.deletion.get(30, TimeUnit.SECONDS);
	}

}
