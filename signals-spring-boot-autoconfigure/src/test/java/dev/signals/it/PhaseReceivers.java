package dev.signals.it;

import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.SignalReceiver;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A receiver of article post-save signals in each transaction phase. Each records whether a
 * transaction was still active when it ran.
 */
@Component
class PhaseReceivers {

	private final SignalLog log;

	private final ArticleRepository articles;

	PhaseReceivers(SignalLog log, ArticleRepository articles) {
		this.log = log;
		this.articles = articles;
	}

	@SignalReceiver(phase = Phase.BEFORE_COMMIT)
	public void beforeCommit(PostSave<Article> signal) {
		this.log.record("BEFORE_COMMIT", signal, TransactionSynchronizationManager.isActualTransactionActive());
	}

	@SignalReceiver(phase = Phase.AFTER_COMMIT)
	@Order(1)
	public void afterCommit(PostSave<Article> signal) {
		this.log.record("AFTER_COMMIT", signal, signal.instance().getTitle());
	}

	@SignalReceiver(phase = Phase.AFTER_COMMIT, id = "second-after-commit")
	@Order(2)
	public void secondAfterCommit(PostSave<Article> signal) {
		this.log.record("AFTER_COMMIT 2", signal, signal.instance().getTitle());
	}

	@SignalReceiver(phase = Phase.AFTER_COMMIT, condition = "instance.title == 'edited after commit'")
	public void editAfterCommit(PostSave<Article> signal) {
		this.log.record("EDIT AFTER COMMIT", signal, TransactionSynchronizationManager.isActualTransactionActive()
				|| TransactionSynchronizationManager.isSynchronizationActive());
		signal.instance().setBody("saved after commit");
		this.articles.save(signal.instance());
	}

	@SignalReceiver(phase = Phase.AFTER_ROLLBACK)
	public void afterRollback(PostSave<Article> signal) {
		this.log.record("AFTER_ROLLBACK", signal, signal.instance().getTitle());
	}

	@SignalReceiver(phase = Phase.AFTER_COMPLETION)
	public void afterCompletion(PostSave<Article> signal) {
		this.log.record("AFTER_COMPLETION", signal, signal.instance().getTitle());
	}

}
