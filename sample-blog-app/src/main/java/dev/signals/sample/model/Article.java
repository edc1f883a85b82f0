package dev.signals.sample.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;

/**
 * A blog article. Its slug and word count are filled by pre-save receivers, not by the code
 * that saves it.
 */
@Entity
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String slug;

	private String body;

	private int wordCount;

	@Enumerated(EnumType.STRING)
	private ArticleStatus status = ArticleStatus.DRAFT;

	private Instant publishedAt;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Author author;

	@ManyToMany
	@JoinTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"))
	private Set<Tag> tags = new LinkedHashSet<>();

	@OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("createdAt, id")
	private List<Comment> comments = new ArrayList<>();

	protected Article() {
	}

	/**
	 * Create a draft.
	 * @param author who writes it
	 * @param title the title
	 * @param body the text
	 */
	public Article(Author author, String title, String body) {
		this.author = author;
		this.title = title;
		this.body = body;
	}

	/**
	 * The identifier, {@code null} until saved.
	 * @return the id
	 */
	public Long getId() {
		return this.id;
	}

	/**
	 * The title.
	 * @return the title
	 */
	public String getTitle() {
		return this.title;
	}

	/**
	 * Change the title.
	 * @param title the new title
	 */
	public void setTitle(String title) {
		this.title = title;
	}

	/**
	 * The unique name of the article in its address.
	 * @return the slug, {@code null} or empty until a receiver fills it
	 */
	public String getSlug() {
		return this.slug;
	}

	/**
	 * Set the slug; an empty one is filled from the title when the article is saved.
	 * @param slug the slug
	 */
	public void setSlug(String slug) {
		this.slug = slug;
	}

	/**
	 * The text.
	 * @return the body
	 */
	public String getBody() {
		return this.body;
	}

	/**
	 * Change the text.
	 * @param body the new text
	 */
	public void setBody(String body) {
		this.body = body;
	}

	/**
	 * The number of words of the body, as of the last save.
	 * @return the word count
	 */
	public int getWordCount() {
		return this.wordCount;
	}

	/**
	 * Set the word count; done by a receiver.
	 * @param wordCount the number of words
	 */
	public void setWordCount(int wordCount) {
		this.wordCount = wordCount;
	}

	/**
	 * Whether the article is a draft or published.
	 * @return the status
	 */
	public ArticleStatus getStatus() {
		return this.status;
	}

	/**
	 * Whether readers can see the article.
	 * @return whether it is published
	 */
	public boolean isPublished() {
		return this.status == ArticleStatus.PUBLISHED;
	}

	/**
	 * When the article was published.
	 * @return the time, {@code null} for a draft
	 */
	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	/**
	 * Publish a draft; an article already published keeps its publication time.
	 * @param now the publication time
	 */
	public void publish(Instant now) {
		if (!isPublished()) {
			this.status = ArticleStatus.PUBLISHED;
			this.publishedAt = now;
		}
	}

	/**
	 * Who wrote the article.
	 * @return the author
	 */
	public Author getAuthor() {
		return this.author;
	}

	/**
	 * The tags.
	 * @return the tags
	 */
	public Set<Tag> getTags() {
		return this.tags;
	}

	/**
	 * Replace the tags with the given ones, removing and adding only the difference, so that
	 * the join table changes by the tags that really come and go.
	 * @param wanted the tags the article should have
	 */
	public void retag(Collection<Tag> wanted) {
		this.tags.retainAll(wanted);
		this.tags.addAll(wanted);
	}

	/**
	 * The comments, oldest first.
	 * @return the comments
	 */
	public List<Comment> getComments() {
		return this.comments;
	}

	/**
	 * Add a comment.
	 * @param authorName who wrote it
	 * @param text what they wrote
	 * @param now when
	 * @return the new comment
	 */
	public Comment addComment(String authorName, String text, Instant now) {
		Comment comment = new Comment(this, authorName, text, now);
		this.comments.add(comment);
		return comment;
	}

}
