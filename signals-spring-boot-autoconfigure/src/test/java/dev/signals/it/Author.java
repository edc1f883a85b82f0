package dev.signals.it;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;

@Entity
public class Author {

	@Id
	@GeneratedValue
	private Long id;

	private String name;

	@OneToMany(mappedBy = "author", cascade = CascadeType.ALL)
	private List<Article> articles = new ArrayList<>();

	protected Author() {
	}

	public Author(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public List<Article> getArticles() {
		return this.articles;
	}

	public Article write(Article article) {
		article.setAuthor(this);
		this.articles.add(article);
		return article;
	}

}
