package dev.signals.bench.e2e.modulith;

import dev.signals.bench.e2e.model.PostRepository;

/**
 * The repository of {@link ModulithPost}, which publishes its domain events.
 */
public interface ModulithPostRepository extends PostRepository<ModulithPost> {

	@Override
	default ModulithPost create(String title, String body) {
		return new ModulithPost(title, body);
	}

}
