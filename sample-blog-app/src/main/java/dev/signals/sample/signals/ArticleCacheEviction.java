package dev.signals.sample.signals;

import dev.signals.Phase;
import dev.signals.PostDelete;
import dev.signals.PostSave;
import dev.signals.SignalReceiver;
import dev.signals.sample.model.Article;
import dev.signals.sample.service.ArticleLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * After a transaction commits: takes deleted articles and changed slugs out of the
 * {@value ArticleLookup#SLUGS} cache. Done after the commit, so that no reader can put the
 * old entry back from a row that is still visible.
 */
@Component
public class ArticleCacheEviction {

	private static final Logger logger = LoggerFactory.getLogger(ArticleCacheEviction.class);

	private final Cache slugs;

	ArticleCacheEviction(CacheManager caches) {
		this.slugs = caches.getCache(ArticleLookup.SLUGS);
	}

	/**
	 * Evict a deleted article and log its deletion.
	 * @param signal the post-delete of an article
	 */
	@SignalReceiver(id = "article-cache-delete", phase = Phase.AFTER_COMMIT)
	public void evictDeleted(PostDelete<Article> signal) {
		Article article = signal.instance();
		this.slugs.evict(article.getSlug());
		logger.info("Article {} '{}' deleted and evicted from the cache", article.getId(), article.getSlug());
	}

	/**
	 * Evict the old slug of an article whose slug changed.
	 * @param signal the post-save of an article
	 */
	@SignalReceiver(id = "article-cache-slug", phase = Phase.AFTER_COMMIT)
	public void evictOldSlug(PostSave<Article> signal) {
		if (signal.changed("slug")) {
			this.slugs.evict(signal.previous("slug"));
		}
	}

}
