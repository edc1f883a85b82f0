package dev.signals.sample.model;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

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

}
