package dev.signals.sample.signals;

import dev.signals.SignalReceiver;
import dev.signals.SignalSnapshot;
import dev.signals.SignalType;
import dev.signals.sample.model.Article;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps each tag's article count exact when another program inserts rows into, or deletes
 * rows from, the join table {@code article_tag}: the blog's own changes are counted by
 * {@link TagArticleCountReceiver}, everybody else's reach this external receiver from the
 * database's change stream (the {@code external} profile, PostgreSQL only).
 *
 * <p>Each join-table row arrives as an {@code M2M_CHANGED} snapshot of the article
 * ({@code POST_ADD} or {@code POST_REMOVE}, {@code pkSet} = the tag's id). Delivery is at
 * least once (after a crash a change can come again), so the receiver does not add one: it
 * recounts the tag's rows, which gives the same count however often it runs. It locks the tag
 * row first and counts in the next statement, whose snapshot then includes the rows of every
 * blog transaction that counted the tag before it. The update runs in a transaction of the
 * blog, which the stream leaves out. Django has no counterpart: its {@code m2m_changed}
 * receivers never hear of a row inserted with {@code psql}.
 */
@Component
@ConditionalOnBooleanProperty("signals.external.enabled")
public class ExternalTagCountReceiver {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	ExternalTagCountReceiver(JdbcTemplate jdbc, TransactionTemplate transaction) {
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	/**
	 * Recount the tags another program added to or removed from an article.
	 * @param change the join-table row, seen from the article
	 */
	@SignalReceiver(id = "external-tag-article-count", value = SignalType.M2M_CHANGED, external = true)
	public void recount(SignalSnapshot<Article> change) {
		this.transaction.executeWithoutResult((status) -> change.pkSet().forEach((tagId) -> {
			this.jdbc.queryForList("select id from tag where id = ? for update", tagId);
			this.jdbc.update("update tag set article_count = (select count(*) from article_tag where tag_id = ?) "
					+ "where id = ?", tagId, tagId);
		}));
	}

}
