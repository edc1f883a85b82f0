package dev.signals.sample.signals;

import dev.signals.Phase;
import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;
import dev.signals.sample.service.NotificationService;

import org.springframework.stereotype.Component;

/**
 * After a publication commits, records a notification for each follower of the author
 * (Django: a receiver wrapped in {@code transaction.on_commit}, but one that survives a
 * crash). The receiver is durable: the publication's transaction stores its delivery, which
 * runs after the commit at least once, retried when it fails and resubmitted after a
 * restart. So it is idempotent: a follower notified of the article already is not notified
 * again. A rolled-back publication notifies no one, and neither does an article deleted
 * before this runs.
 */
@Component
public class FollowerNotifications {

	private final NotificationService notifications;

	FollowerNotifications(NotificationService notifications) {
		this.notifications = notifications;
	}

	/**
	 * Notify the followers not notified yet.
	 * @param event the publication, read back from the event publication registry
	 */
	@SignalReceiver(id = "follower-notifications", phase = Phase.AFTER_COMMIT, durable = true)
	public void notifyFollowers(SignalEvent<ArticlePublished> event) {
		this.notifications.recordForFollowers(event.payload().articleId());
	}

}
