package dev.signals.bench.e2e.listeners;

import dev.signals.bench.e2e.model.PostRepository;

/**
 * The repository of {@link ListenedPost}.
 */
public interface ListenedPostRepository extends PostRepository<ListenedPost> {

	@Override
	default ListenedPost create(String title, String body) {
		return new ListenedPost(title, body);
	}

}
