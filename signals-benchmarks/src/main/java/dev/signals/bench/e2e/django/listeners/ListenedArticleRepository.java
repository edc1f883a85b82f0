package dev.signals.bench.e2e.django.listeners;

import dev.signals.bench.e2e.model.PostRepository;

/**
 * The repository of {@link ListenedArticle}.
 */
public interface ListenedArticleRepository extends PostRepository<ListenedArticle> {

	@Override
	default ListenedArticle create(String title, String body) {
		return new ListenedArticle(title, body);
	}

}
