-- A follower is notified of an article once. The durable receiver that writes the
-- notifications may run more than once for one publication and skips the followers notified
-- already; the constraint makes that the database's rule too. It also finds the
-- notifications of an article.

alter table notification add constraint notification_once_per_article unique (article_id, recipient_id);
