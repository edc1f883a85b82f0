package dev.signals.sample.signals;

import dev.signals.M2MAction;
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
 * ({@code POST_ADD} or {@code POST_REMOVE}, {@code pkSet} = the tag's id). The update runs in
 * a transaction of the blog, which the stream leaves out. Django has no counterpart: its
 * {@code m2m_changed} receivers never hear of a row inserted with {@code psql}.
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
	 * Count a tag added to or removed from an article by another program.
	 * @param change the join-table row, seen from the article
	 */
	@SignalReceiver(id = "external-tag-article-count", value = SignalType.M2M_CHANGED, external = true)
	public void count(SignalSnapshot<Article> change) {
		int delta = (change.action() == M2MAction.POST_ADD) ? 1 : -1;
		this.transaction.executeWithoutResult((status) -> change.pkSet()
			.forEach((tagId) -> this.jdbc.update("update tag set article_count = article_count + ? where id = ?",
					delta, tagId)));
	}

}
