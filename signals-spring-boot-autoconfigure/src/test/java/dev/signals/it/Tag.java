package dev.signals.it;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

@Entity
public class Tag {

	@Id
	@GeneratedValue
	private Long id;

	private String name;

	private int articleCount;

	@ManyToMany(mappedBy = "tags")
	private Set<Article> articles = new LinkedHashSet<>();

	protected Tag() {
	}

	public Tag(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public int getArticleCount() {
		return this.articleCount;
	}

	public Set<Article> getArticles() {
		return this.articles;
	}

}
