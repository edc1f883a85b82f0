package dev.signals.sample.signals;

import dev.signals.Phase;
import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;
import dev.signals.sample.service.NotificationService;

import org.springframework.stereotype.Component;

/**
 * After a publication commits, records a notification for each follower of the author
 * (Django: a receiver wrapped in {@code transaction.on_commit}). A rolled-back publication
 * notifies no one, and neither does an article deleted before this runs.
 */
@Component
public class FollowerNotifications {

	private final NotificationService notifications;

	FollowerNotifications(NotificationService notifications) {
		this.notifications = notifications;
	}

	/**
	 * Notify the followers.
	 * @param event the publication
	 */
	@SignalReceiver(id = "follower-notifications", phase = Phase.AFTER_COMMIT)
	public void notifyFollowers(SignalEvent<ArticlePublished> event) {
		this.notifications.recordForFollowers(event.payload().article());
	}

}
