package dev.signals.it;

import dev.signals.PostDelete;
import dev.signals.PostInit;
import dev.signals.PostSave;
import dev.signals.PreDelete;
import dev.signals.PreInit;
import dev.signals.PreSave;
import dev.signals.SignalReceiver;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Immediate receivers of every model signal of articles and comments. Each records what
 * the database holds at that moment, read with JDBC in the same transaction. The pre-save
 * receiver fills the slug and the word count, as a real application would.
 */
@Component
class ArticleReceivers {

	private final SignalLog log;

	private final JdbcTemplate jdbc;

	ArticleReceivers(SignalLog log, JdbcTemplate jdbc) {
		this.log = log;
		this.jdbc = jdbc;
	}

	@SignalReceiver
	public void preSave(PreSave<Article> signal) {
		Article article = signal.instance();
		if (article.getSlug() == null && article.getTitle() != null) {
			article.setSlug(article.getTitle().toLowerCase().replace(' ', '-'));
		}
		article.setWordCount((article.getBody() == null) ? 0 : article.getBody().trim().split("\\s+").length);
		this.log.record("PRE_SAVE", signal, rows("article", article.getId()));
	}

	@SignalReceiver
	public void postSave(PostSave<Article> signal) {
		this.log.record("POST_SAVE", signal, rows("article", signal.instance().getId()));
	}

	@SignalReceiver
	public void preDelete(PreDelete<Article> signal) {
		Long id = signal.instance().getId();
		this.log.record("PRE_DELETE", signal, rows("article", id) + "/" + commentsOf(id));
	}

	@SignalReceiver
	public void postDelete(PostDelete<Article> signal) {
		Long id = signal.instance().getId();
		this.log.record("POST_DELETE", signal, rows("article", id) + "/" + commentsOf(id));
	}

	@SignalReceiver
	public void preDeleteComment(PreDelete<Comment> signal) {
		this.log.record("PRE_DELETE comment", signal, rows("comment", signal.instance().getId()));
	}

	@SignalReceiver
	public void postDeleteComment(PostDelete<Comment> signal) {
		this.log.record("POST_DELETE comment", signal, rows("comment", signal.instance().getId()));
	}

	@SignalReceiver
	public void preInit(PreInit<Article> signal) {
		this.log.record("PRE_INIT", signal, String.valueOf(signal.instance().getTitle()));
	}

	@SignalReceiver
	public void postInit(PostInit<Article> signal) {
		this.log.record("POST_INIT", signal, String.valueOf(signal.instance().getTitle()));
	}

	private long rows(String table, Long id) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where id = ?", Long.class, id);
	}

	private long commentsOf(Long articleId) {
		return this.jdbc.queryForObject("select count(*) from comment where article_id = ?", Long.class, articleId);
	}

}
