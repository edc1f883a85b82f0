package dev.signals.sample.signals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import dev.signals.PostSave;
import dev.signals.SignalReceiver;
import dev.signals.sample.model.Author;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * After an author is created: creates the author's profile in the same transaction, so an
 * author never exists without one. Written with JDBC, since persisting an entity while
 * Hibernate is writing another is not allowed.
 */
@Component
public class AuthorProfileReceiver {

	private final JdbcTemplate jdbc;

	AuthorProfileReceiver(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Create the profile of a new author.
	 * @param signal the post-save of an author
	 */
	@SignalReceiver(id = "author-profile")
	public void createProfile(PostSave<Author> signal) {
		if (signal.created()) {
			Author author = signal.instance();
			this.jdbc.update("insert into author_profile (author_id, bio, joined_at) values (?, ?, ?)", author.getId(),
					author.getName() + " writes here.", OffsetDateTime.now(ZoneOffset.UTC));
		}
	}

}
