package dev.signals.bench.e2e.aggregate;

import dev.signals.bench.e2e.model.PostRepository;

/**
 * The repository of {@link AggregatePost}, which publishes its domain events.
 */
public interface AggregatePostRepository extends PostRepository<AggregatePost> {

	@Override
	default AggregatePost create(String title, String body) {
		return new AggregatePost(title, body);
	}

}
