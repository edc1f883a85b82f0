package dev.signals.it;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.signals.BulkChanged;
import dev.signals.M2MChanged;
import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;
import dev.signals.Signals;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Receivers of the dispatcher features: a custom signal sent when an article's status
 * changes to published (a change condition), its receivers in several phases, a field
 * filter, an asynchronous after-commit receiver, a bulk receiver, and a receiver whose
 * condition fails for one title.
 */
@Component
class DispatcherReceivers {

	private final SignalLog log;

	private final Signals signals;

	private final JdbcTemplate jdbc;

	private volatile CountDownLatch asyncDone = new CountDownLatch(1);

	DispatcherReceivers(SignalLog log, Signals signals, JdbcTemplate jdbc) {
		this.log = log;
		this.signals = signals;
		this.jdbc = jdbc;
	}

	@SignalReceiver(condition = "changedTo('status', 'PUBLISHED')")
	public void publish(PostSave<Article> signal) {
		Article article = signal.instance();
		this.log.record("published", signal, signal.previous("status"));
		this.signals.send(ArticlePublished.SIGNAL, this, new ArticlePublished(article.getId(), article.getTitle()));
	}

	@SignalReceiver(field = "title")
	public void titleChanged(PostSave<Article> signal) {
		this.log.record("title changed", signal, signal.created() ? "created" : signal.previous("title"));
	}

	@SignalReceiver(id = "broken-condition", condition = "payload.title == 'break the condition' ? payload.nope : false")
	@Order(0)
	public void brokenCondition(SignalEvent<ArticlePublished> event) {
		this.log.record("broken condition", event, event.payload().title());
	}

	@SignalReceiver(id = "notify")
	@Order(1)
	public String notify(SignalEvent<ArticlePublished> event) {
		this.log.record("notify", event, event.payload().title());
		return "notified " + event.payload().articleId();
	}

	@SignalReceiver(id = "index")
	@Order(2)
	public void index(SignalEvent<ArticlePublished> event) {
		this.log.record("index", event, event.payload().title());
	}

	@SignalReceiver(id = "announce", phase = Phase.AFTER_COMMIT)
	public void announce(SignalEvent<ArticlePublished> event) {
		this.log.record("announce", event, TransactionSynchronizationManager.isSynchronizationActive());
	}

	public void expectAsync() {
		this.asyncDone = new CountDownLatch(1);
	}

	public boolean awaitAsync() throws InterruptedException {
		return this.asyncDone.await(10, TimeUnit.SECONDS);
	}

	@Async
	@SignalReceiver(phase = Phase.AFTER_COMMIT, condition = "instance.title == 'async'")
	public void asyncAfterCommit(PostSave<Article> signal) {
		long visible = this.jdbc.queryForObject("select count(*) from article where id = ?", Long.class,
				signal.instance().getId());
		this.log.record("async", signal, Thread.currentThread().getName() + " sees " + visible + " row");
		this.asyncDone.countDown();
	}

	@SignalReceiver
	public void bulk(BulkChanged<Article> signal) {
		this.log.record("bulk", signal, signal.operation() + " " + signal.rowCount());
	}

	@SignalReceiver
	public void dogsZoos(M2MChanged<Dog> signal) {
		this.log.record("dog m2m", signal, signal.action() + " " + signal.instance().getName() + " " + signal.pkSet());
	}

	@SignalReceiver
	public void animalsBulk(BulkChanged<Animal> signal) {
		this.log.record("animals bulk", signal,
				signal.sender().getSimpleName() + " " + signal.operation() + " " + signal.rowCount());
	}

}
