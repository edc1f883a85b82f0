package dev.signals.sample.signals;

import java.time.Instant;

import dev.signals.ModelSignal;
import dev.signals.Phase;
import dev.signals.SignalReceiver;
import dev.signals.SignalEvent;
import dev.signals.SignalType;
import dev.signals.sample.model.Article;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitUtil;

import org.springframework.stereotype.Component;

/**
 * Records every signal the blog receives in the {@link ActivityLog}: all of them when they
 * are sent, and saves and deletions once more after their transaction commits, so the
 * Activity page shows both phases, and the custom publication signal. Switch them off with
 * {@code signals.receivers.activity-log=false},
 * {@code signals.receivers.activity-log-after-commit=false} and
 * {@code signals.receivers.activity-log-published=false}.
 */
@Component
public class ActivityLogReceiver {

	private final ActivityLog log;

	private final PersistenceUnitUtil units;

	ActivityLogReceiver(ActivityLog log, EntityManagerFactory entityManagerFactory) {
		this.log = log;
		this.units = entityManagerFactory.getPersistenceUnitUtil();
	}

	/**
	 * Record a signal when it is sent.
	 * @param signal any model signal
	 */
	@SignalReceiver(id = "activity-log")
	public void recordSent(ModelSignal<?> signal) {
		record(signal, Phase.IMMEDIATE);
	}

	/**
	 * Record a save or deletion after its transaction committed.
	 * @param signal a post-save or post-delete
	 */
	@SignalReceiver(id = "activity-log-after-commit", value = { SignalType.POST_SAVE, SignalType.POST_DELETE },
			phase = Phase.AFTER_COMMIT)
	public void recordCommitted(ModelSignal<?> signal) {
		record(signal, Phase.AFTER_COMMIT);
	}

	/**
	 * Record the custom signal of a publication.
	 * @param event the publication
	 */
	@SignalReceiver(id = "activity-log-published")
	public void recordPublished(SignalEvent<ArticlePublished> event) {
		Article article = event.payload().article();
		this.log.record(new ActivityEntry(Instant.now(), SignalType.CUSTOM, Phase.IMMEDIATE, "Article",
				article.getId(), event.signal().name()));
	}

	private void record(ModelSignal<?> signal, Phase phase) {
		this.log.record(ActivityEntry.of(signal, phase, this.units.getIdentifier(signal.instance())));
	}

}
