package dev.signals.sample.service;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a writer enters for an article, from the form or as JSON. In the form, the tags are
 * one text field of comma-separated names. The slug and the tags may be left out: a new
 * article then gets a slug made from its title and no tags, an edited one keeps its own.
 */
public class ArticleInput {

	@NotNull(message = "is required")
	@PlainText(max = 200)
	private String title;

	@Size(max = 200)
	@Pattern(regexp = "([a-z0-9]+(-[a-z0-9]+)*)?", message = "lower-case letters and digits separated by hyphens, or empty")
	private String slug;

	@NotNull(message = "is required")
	@PlainText(max = 20000, multiline = true)
	private String body;

	@NotNull(message = "is required")
	private Long authorId;

	@TagLimit
	private List<@NotNull @TagName String> tags;

	/**
	 * The title.
	 * @return the title
	 */
	public String getTitle() {
		return this.title;
	}

	/**
	 * Set the title.
	 * @param title the title
	 */
	public void setTitle(String title) {
		this.title = title;
	}

	/**
	 * The slug: empty to have it made from the title, {@code null} when not given.
	 * @return the slug
	 */
	public String getSlug() {
		return this.slug;
	}

	/**
	 * Set the slug.
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
	 * Set the text.
	 * @param body the body
	 */
	public void setBody(String body) {
		this.body = body;
	}

	/**
	 * The id of the author.
	 * @return the author id
	 */
	public Long getAuthorId() {
		return this.authorId;
	}

	/**
	 * Set the id of the author.
	 * @param authorId the author id
	 */
	public void setAuthorId(Long authorId) {
		this.authorId = authorId;
	}

	/**
	 * The tag names.
	 * @return the tags, {@code null} when not given
	 */
	public List<String> getTags() {
		return this.tags;
	}

	/**
	 * Set the tag names.
	 * @param tags the tags
	 */
	public void setTags(List<String> tags) {
		this.tags = tags;
	}

}
