package dev.signals.sample.signals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.signals.M2MChanged;
import dev.signals.Phase;
import dev.signals.SignalReceiver;
import dev.signals.sample.model.Article;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps each tag's article count equal to its rows in the join table: every tag added to an
 * article counts one up, every tag removed (or cleared, or dropped with a deleted article)
 * one down.
 *
 * <p>The changes of a Spring transaction are collected as they happen and written just before
 * it commits, with atomic SQL updates that lock the tag rows in id order: concurrent requests
 * neither lose a count nor deadlock on each other's rows, and a rollback writes nothing. (Collecting comes first, by {@code @Order}, so that a signal delivered to both at
 * once, after the before-commit callbacks, is still counted.)
 *
 * <p>Replaces Django's {@code m2m_changed} receiver on {@code Article.tags.through}, and its
 * "recount every tag" branch for {@code post_clear}: here {@code pkSet} always says which
 * tags were removed.
 */
@Component
public class TagArticleCountReceiver {

	private final JdbcTemplate jdbc;

	TagArticleCountReceiver(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Collect the tags an article gained or lost.
	 * @param signal an m2m change of an article's tags
	 */
	@SignalReceiver(id = "tag-article-count", field = "tags")
	@Order(1)
	public void collect(M2MChanged<Article> signal) {
		int delta = switch (signal.action()) {
			case POST_ADD -> 1;
			case POST_REMOVE, POST_CLEAR -> -1;
			default -> 0;
		};
		if (delta == 0) {
			return;
		}
		Map<Long, Integer> deltas = TransactionSynchronizationManager.isSynchronizationActive() ? collected()
				: new TreeMap<>();
		signal.pkSet().forEach((tagId) -> deltas.merge((Long) tagId, delta, Integer::sum));
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			update(deltas);
		}
	}

	/**
	 * Write the collected counts, once per transaction, before it commits.
	 * @param signal any m2m change of an article's tags in this transaction
	 */
	@SignalReceiver(id = "tag-article-count-write", field = "tags", phase = Phase.BEFORE_COMMIT)
	@Order(2)
	public void write(M2MChanged<Article> signal) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			Map<Long, Integer> deltas = collected();
			update(deltas);
			deltas.clear();
		}
	}

	/**
	 * One single-row update per tag, in ascending id order (the map's), sent as one batch:
	 * each statement locks its row as it runs, so every transaction locks the tags it counts
	 * in the same order and two of them never wait for each other. (One
	 * {@code update ... where id in (...)} locks the rows in the order its plan visits them,
	 * the heap order for a bitmap or sequential scan, which moves as rows are updated and
	 * differed between transactions: they deadlocked.)
	 */
	private void update(Map<Long, Integer> deltas) {
		deltas.values().removeIf((delta) -> delta == 0);
		if (deltas.isEmpty()) {
			return;
		}
		List<Object[]> rows = deltas.entrySet()
			.stream()
			.map((delta) -> new Object[] { delta.getValue(), delta.getKey() })
			.toList();
		this.jdbc.batchUpdate("update tag set article_count = article_count + ? where id = ?", rows);
	}

	/**
	 * The counts collected in the current transaction, by tag id in ascending order. Bound to
	 * the transaction, and set aside while an inner transaction runs.
	 */
	private Map<Long, Integer> collected() {
		@SuppressWarnings("unchecked")
		Map<Long, Integer> deltas = (Map<Long, Integer>) TransactionSynchronizationManager.getResource(this);
		if (deltas == null) {
			deltas = new TreeMap<>();
			TransactionSynchronizationManager.bindResource(this, deltas);
			TransactionSynchronizationManager.registerSynchronization(new Binding(deltas));
		}
		return deltas;
	}

	private final class Binding implements TransactionSynchronization {

		private final Map<Long, Integer> deltas;

		Binding(Map<Long, Integer> deltas) {
			this.deltas = deltas;
		}

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResource(TagArticleCountReceiver.this);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(TagArticleCountReceiver.this, this.deltas);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(TagArticleCountReceiver.this);
		}

	}

}
