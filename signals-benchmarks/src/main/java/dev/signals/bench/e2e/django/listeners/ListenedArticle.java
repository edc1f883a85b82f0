package dev.signals.bench.e2e.django.listeners;

import dev.signals.bench.e2e.django.ArticleFields;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;

/**
 * The Django seeds' article with a JPA entity listener.
 */
@Entity
@EntityListeners(ArticleEntityListener.class)
public class ListenedArticle extends ArticleFields {

	protected ListenedArticle() {
	}

	ListenedArticle(String title, String body) {
		super(title, body);
	}

}
