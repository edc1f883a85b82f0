package dev.signals.sample.signals;

import dev.signals.sample.service.ConflictException;

/**
 * Thrown by {@link ArticleDeletionGuard} to refuse the deletion of a published article that
 * has comments; answered with 409.
 */
public class ArticleDeletionRefused extends ConflictException {

	private static final long serialVersionUID = 1L;

	ArticleDeletionRefused(String slug, int comments) {
		super(null, "article '" + slug + "' is published and has " + comments
				+ " comment(s); it cannot be deleted");
	}

}
