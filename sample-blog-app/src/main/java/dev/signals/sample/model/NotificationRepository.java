package dev.signals.sample.model;

import java.util.List;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Notifications.
 */
public interface NotificationRepository extends JpaRepository<Notification, Long> {

	/**
	 * The notifications of an author, newest first.
	 * @param recipientId the author's id
	 * @return the notifications
	 */
	List<Notification> findByRecipientIdOrderByIdDesc(Long recipientId);

	/**
	 * The authors notified about an article.
	 * @param articleId the article's id
	 * @return the recipients' ids
	 */
	@Query("select n.recipient.id from Notification n where n.article.id = :articleId")
	Set<Long> findRecipientIdsByArticleId(long articleId);

}
