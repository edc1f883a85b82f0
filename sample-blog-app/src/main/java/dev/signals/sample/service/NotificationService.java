package dev.signals.sample.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.signals.sample.model.Article;
import dev.signals.sample.model.ArticleRepository;
import dev.signals.sample.model.Author;
import dev.signals.sample.model.Notification;
import dev.signals.sample.model.NotificationRepository;
import dev.signals.sample.service.Views.NotificationView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads the notifications authors get about the articles of those they follow.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

	private static final Logger logger = LoggerFactory.getLogger(NotificationService.class);

	private final NotificationRepository notifications;

	private final ArticleRepository articles;

	NotificationService(NotificationRepository notifications, ArticleRepository articles) {
		this.notifications = notifications;
		this.articles = articles;
	}

	/**
	 * Record one notification for each follower of the article's author that the article
	 * was published, unless the follower has one about it already. Meant for a durable
	 * receiver, which runs after the publishing transaction committed, in a transaction of
	 * its own, and may run again for the same publication (its delivery is at least once):
	 * a follower is notified of an article once, however often this runs.
	 * <p>
	 * The article may have been deleted since it was published, an expected race: then
	 * there is nobody to notify. Its row is locked while the notifications are written, so
	 * it cannot be deleted between the reading and the writing (the deletion waits, then
	 * removes them with the article), and two runs for it cannot both find a follower
	 * unnotified.
	 * @param articleId the published article's id
	 * @return the number of notifications recorded, 0 for an article deleted meanwhile or
	 * whose followers were all notified already
	 */
	@Transactional
	public int recordForFollowers(long articleId) {
		Optional<Article> locked = this.articles.findForUpdateById(articleId);
		if (locked.isEmpty()) {
			logger.debug("Article {} was deleted after its publication; nobody to notify", articleId);
			return 0;
		}
		Article published = locked.get();
		Author author = published.getAuthor();
		Set<Long> notified = this.notifications.findRecipientIdsByArticleId(articleId);
		String message = author.getName() + " published \"" + published.getTitle() + "\"";
		Instant now = Instant.now();
		List<Notification> recorded = author.getFollowers()
			.stream()
			.filter((follower) -> !notified.contains(follower.getId()))
			.map((follower) -> new Notification(follower, published, message, now))
			.toList();
		this.notifications.saveAll(recorded);
		return recorded.size();
	}

	/**
	 * The notifications of an author, newest first.
	 * @param authorId the author's id
	 * @return the notifications
	 */
	public List<NotificationView> forRecipient(long authorId) {
		return this.notifications.findByRecipientIdOrderByIdDesc(authorId)
			.stream()
			.map(NotificationView::of)
			.toList();
	}

}
