package dev.signals.bench.e2e.django.signals;

import dev.signals.bench.e2e.django.ArticleFields;
import jakarta.persistence.Entity;

/**
 * The Django seeds' article with no hook of its own: its receivers do the work.
 */
@Entity
public class SignalledArticle extends ArticleFields {

	protected SignalledArticle() {
	}

	SignalledArticle(String title, String body) {
		super(title, body);
	}

}
