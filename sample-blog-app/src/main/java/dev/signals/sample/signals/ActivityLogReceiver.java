package dev.signals.sample.signals;

import java.time.Instant;
import java.util.Locale;

import dev.signals.GotRequestException;
import dev.signals.MigrationSignal;
import dev.signals.ModelSignal;
import dev.signals.Phase;
import dev.signals.PostMigrate;
import dev.signals.RequestFinished;
import dev.signals.RequestSignal;
import dev.signals.SignalReceiver;
import dev.signals.SignalEvent;
import dev.signals.SignalType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitUtil;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Records every signal the blog receives in the {@link ActivityLog}: all of them when they
 * are sent, and saves and deletions once more after their transaction commits, so the
 * Activity page shows both phases, the custom publication signal, the HTTP requests (but
 * the Activity page's own, which reloads every few seconds, and the style sheet's) and the
 * schema migrations (Flyway's at startup is recorded once the blog has started). Switch them
 * off with {@code signals.receivers.activity-log=false},
 * {@code signals.receivers.activity-log-after-commit=false},
 * {@code signals.receivers.activity-log-published=false},
 * {@code signals.receivers.activity-log-requests=false} and
 * {@code signals.receivers.activity-log-migrations=false}.
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
		this.log.record(new ActivityEntry(Instant.now(), SignalType.CUSTOM, Phase.IMMEDIATE, "Article",
				event.payload().articleId(), event.signal().name()));
	}

	/**
	 * Record a request as it starts, fails and finishes (Django's {@code request_started},
	 * {@code got_request_exception}, {@code request_finished}): the method and URI as the
	 * entity, the status and duration, or the exception, as the details.
	 * @param signal a request signal
	 */
	@SignalReceiver(id = "activity-log-requests", condition = "!(uri.startsWith('/activity') "
			+ "|| uri.startsWith('/api/activity') || uri.endsWith('.css') || uri == '/favicon.ico')")
	public void recordRequest(RequestSignal signal) {
		String details = "";
		if (signal instanceof RequestFinished finished) {
			details = finished.status() + " in " + finished.duration().toMillis() + " ms";
		}
		else if (signal instanceof GotRequestException failed) {
			details = failed.exception().getClass().getSimpleName() + ": " + failed.exception().getMessage();
		}
		this.log.record(new ActivityEntry(Instant.now(), signal.type(), Phase.IMMEDIATE,
				signal.method() + " " + signal.uri(), "", details));
	}

	/**
	 * Record a schema migration (Django's {@code pre_migrate} and {@code post_migrate}): the
	 * tool as the entity, what it applied as the details.
	 * @param signal a migration signal
	 */
	@SignalReceiver(id = "activity-log-migrations")
	public void recordMigration(MigrationSignal signal) {
		String details = "";
		if (signal instanceof PostMigrate migrated) {
			details = migrated.migrations().isEmpty() ? "nothing to apply"
					: "applied " + String.join(", ", migrated.migrations());
		}
		this.log.record(new ActivityEntry(Instant.now(), signal.type(), Phase.IMMEDIATE,
				StringUtils.capitalize(signal.tool().name().toLowerCase(Locale.ROOT)), "", details));
	}

	private void record(ModelSignal<?> signal, Phase phase) {
		this.log.record(ActivityEntry.of(signal, phase, this.units.getIdentifier(signal.instance())));
	}

}
