package dev.signals.bench.e2e.plain;

import dev.signals.bench.e2e.model.PostFields;
import jakarta.persistence.Entity;

/**
 * A post with no hook of its own: the entity of plain Hibernate and of the signals variants.
 */
@Entity
public class PlainPost extends PostFields {

	protected PlainPost() {
	}

	PlainPost(String title, String body) {
		super(title, body);
	}

}
