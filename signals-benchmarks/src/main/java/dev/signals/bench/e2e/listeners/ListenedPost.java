package dev.signals.bench.e2e.listeners;

import dev.signals.bench.e2e.model.PostFields;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;

/**
 * A post with a JPA entity listener.
 */
@Entity
@EntityListeners(WorkEntityListener.class)
public class ListenedPost extends PostFields {

	protected ListenedPost() {
	}

	ListenedPost(String title, String body) {
		super(title, body);
	}

}
