package dev.signals.bench.e2e.model;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

/**
 * The persistent state of a post apart from its identifier, shared by the post classes of
 * all variants, whatever they extend.
 */
@Embeddable
public class PostContent {

	private String title;

	private String body;

	@ManyToMany
	@JoinTable(name = "post_tags", joinColumns = @JoinColumn(name = "post_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"))
	private Set<BenchTag> tags = new HashSet<>();

	protected PostContent() {
	}

	/**
	 * Create the content of a new post.
	 * @param title the title
	 * @param body the body
	 */
	public PostContent(String title, String body) {
		this.title = title;
		this.body = body;
	}

	/**
	 * Change the title.
	 * @param title the new title
	 */
	public void retitle(String title) {
		this.title = title;
	}

	/**
	 * Add a tag.
	 * @param tag the tag
	 */
	public void tag(BenchTag tag) {
		this.tags.add(tag);
	}

	/**
	 * The title.
	 * @return the title
	 */
	public String getTitle() {
		return this.title;
	}

	/**
	 * The body.
	 * @return the body
	 */
	public String getBody() {
		return this.body;
	}

	/**
	 * The tags.
	 * @return the tags
	 */
	public Set<BenchTag> getTags() {
		return this.tags;
	}

}
