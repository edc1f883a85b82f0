package dev.signals.it;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Comment {

	@Id
	@GeneratedValue
	private Long id;

	@ManyToOne
	private Article article;

	private String text;

	protected Comment() {
	}

	Comment(Article article, String text) {
		this.article = article;
		this.text = text;
	}

	public Long getId() {
		return this.id;
	}

	public Article getArticle() {
		return this.article;
	}

	public String getText() {
		return this.text;
	}

}
