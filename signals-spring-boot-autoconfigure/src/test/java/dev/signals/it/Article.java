package dev.signals.it;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;

@Entity
public class Article {

	@Id
	@GeneratedValue
	private Long id;

	private String title;

	private String slug;

	private String body;

	private int wordCount;

	@Enumerated(EnumType.STRING)
	private Status status = Status.DRAFT;

	@OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<Comment> comments = new ArrayList<>();

	@ManyToOne
	private Author author;

	@ManyToMany
	@JoinTable(name = "article_tags")
	private Set<Tag> tags = new LinkedHashSet<>();

	public enum Status {

		DRAFT, PUBLISHED

	}

	protected Article() {
	}

	public Article(String title, String body) {
		this.title = title;
		this.body = body;
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

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public int getWordCount() {
		return this.wordCount;
	}

	public void setWordCount(int wordCount) {
		this.wordCount = wordCount;
	}

	public Status getStatus() {
		return this.status;
	}

	public void setStatus(Status status) {
		this.status = status;
	}

	public List<Comment> getComments() {
		return this.comments;
	}

	public Comment addComment(String text) {
		Comment comment = new Comment(this, text);
		this.comments.add(comment);
		return comment;
	}

	public Author getAuthor() {
		return this.author;
	}

	public void setAuthor(Author author) {
		this.author = author;
	}

	public void tag(Tag tag) {
		this.tags.add(tag);
		tag.getArticles().add(this);
	}

	public void untag(Tag tag) {
		this.tags.remove(tag);
		tag.getArticles().remove(this);
	}

	public Set<Tag> getTags() {
		return this.tags;
	}

	public void setTags(Set<Tag> tags) {
		this.tags = tags;
	}

}
