package dev.signals.sample.signals;

import java.util.HashSet;
import java.util.Set;

import dev.signals.PreSave;
import dev.signals.SignalReceiver;
import dev.signals.sample.model.Article;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Before an article is written: when its slug is empty, makes one from the title that no
 * other article has ({@code my-title}, then {@code my-title-2}, {@code my-title-3}...).
 * Reads the taken slugs with JDBC in the same transaction, since a JPA query inside the
 * flush would flush again.
 */
@Component
public class ArticleSlugReceiver {

	private final JdbcTemplate jdbc;

	ArticleSlugReceiver(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Fill an empty slug.
	 * @param signal the pre-save of an article
	 */
	@SignalReceiver(id = "article-slug")
	public void fillSlug(PreSave<Article> signal) {
		Article article = signal.instance();
		if (article.getSlug() == null || article.getSlug().isBlank()) {
			article.setSlug(unique(Slugs.of(article.getTitle()), article.getId()));
		}
	}

	private String unique(String base, Long id) {
		Set<String> taken = new HashSet<>(this.jdbc.queryForList(
				"select slug from article where (slug = ? or slug like ?) and id <> ?", String.class, base,
				base + "-%", (id != null) ? id : -1L));
		String slug = base;
		for (int n = 2; taken.contains(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
