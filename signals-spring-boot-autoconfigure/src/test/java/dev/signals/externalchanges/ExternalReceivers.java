package dev.signals.externalchanges;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.signals.M2MAction;
import dev.signals.SignalReceiver;
import dev.signals.SignalSnapshot;
import dev.signals.SignalType;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * External receivers: one records every article change, one keeps {@code tag.article_count}
 * in step with the join table (in a transaction of this application, which the stream then
 * leaves out), one notes deleted tags, and one fails a chosen number of times first. The
 * article receiver can be held, to keep the stream from moving on.
 */
@Component
public class ExternalReceivers {

	final List<SignalSnapshot<?>> articles = new CopyOnWriteArrayList<>();

	final List<SignalSnapshot<?>> tagChanges = new CopyOnWriteArrayList<>();

	final List<SignalSnapshot<?>> flakyReceived = new CopyOnWriteArrayList<>();

	final Set<Object> deletedTags = ConcurrentHashMap.newKeySet();

	final AtomicInteger failuresLeft = new AtomicInteger();

	final AtomicInteger flakyAttempts = new AtomicInteger();

	/**
	 * While not {@code null}, the article receiver waits for it to open before taking a
	 * change: the stream stands still.
	 */
	volatile @Nullable CountDownLatch hold;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	ExternalReceivers(JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@SignalReceiver(external = true)
	public void article(SignalSnapshot<Article> snapshot) {
		CountDownLatch latch = this.hold;
		if (latch != null) {
			try {
				latch.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while held", ex);
			}
		}
		this.articles.add(snapshot);
	}

	@SignalReceiver(value = SignalType.M2M_CHANGED, external = true)
	public void tagCount(SignalSnapshot<Tag> snapshot) {
		int delta = (snapshot.action() == M2MAction.POST_ADD) ? snapshot.pkSet().size() : -snapshot.pkSet().size();
		this.transaction.executeWithoutResult((status) -> this.jdbc
			.update("update tag set article_count = article_count + ? where id = ?", delta, snapshot.entityId()));
		this.tagChanges.add(snapshot);
	}

	@SignalReceiver(value = SignalType.POST_DELETE, external = true)
	public void tagDeleted(SignalSnapshot<Tag> snapshot) {
		this.deletedTags.add(snapshot.entityId());
	}

	@SignalReceiver(value = SignalType.POST_DELETE, external = true)
	public void flaky(SignalSnapshot<Article> snapshot) {
		this.flakyAttempts.incrementAndGet();
		if (this.failuresLeft.getAndUpdate((left) -> Math.max(0, left - 1)) > 0) {
			throw new IllegalStateException("flaky receiver fails on purpose");
		}
		this.flakyReceived.add(snapshot);
	}

	void clear() {
		this.articles.clear();
		this.tagChanges.clear();
		this.flakyReceived.clear();
		this.flakyAttempts.set(0);
	}

}
