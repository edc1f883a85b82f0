package dev.signals.externalchanges;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

/**
 * A tag that counts its articles: the counter an external receiver keeps exact whoever
 * writes the join table.
 */
@Entity
public class Tag {

	@Id
	private Long id;

	private String name;

	private int articleCount;

	@ManyToMany(mappedBy = "tags")
	private Set<Article> articles = new LinkedHashSet<>();

	protected Tag() {
	}

	public Tag(Long id, String name) {
		this.id = id;
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
