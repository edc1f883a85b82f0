package dev.signals.bench.e2e.plain;

import dev.signals.bench.e2e.model.PostRepository;

/**
 * The repository of {@link PlainPost}.
 */
public interface PlainPostRepository extends PostRepository<PlainPost> {

	@Override
	default PlainPost create(String title, String body) {
		return new PlainPost(title, body);
	}

}
