package dev.signals.bench.e2e.django.signals;

import dev.signals.bench.e2e.model.PostRepository;

/**
 * The repository of {@link SignalledArticle}.
 */
public interface SignalledArticleRepository extends PostRepository<SignalledArticle> {

	@Override
	default SignalledArticle create(String title, String body) {
		return new SignalledArticle(title, body);
	}

}
