package dev.signals.bench.e2e.audit;

import dev.signals.bench.e2e.model.PostRepository;

/**
 * The repository of {@link AuditedPost}.
 */
public interface AuditedPostRepository extends PostRepository<AuditedPost> {

	@Override
	default AuditedPost create(String title, String body) {
		return new AuditedPost(title, body);
	}

}
