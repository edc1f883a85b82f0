package dev.signals.externalchanges;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

/**
 * An article with tags (the owning side of the join table {@code article_tags}).
 */
@Entity
public class Article {

	@Id
	private Long id;

	private String title;

	private int views;

	@ManyToMany
	private Set<Tag> tags = new LinkedHashSet<>();

	protected Article() {
	}

	public Article(Long id, String title) {
		this.id = id;
		this.title = title;
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public int getViews() {
		return this.views;
	}

	public Set<Tag> getTags() {
		return this.tags;
	}

}
