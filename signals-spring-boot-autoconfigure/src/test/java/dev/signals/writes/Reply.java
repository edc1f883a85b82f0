package dev.signals.writes;

import jakarta.persistence.ManyToOne;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * A reply to a post (the seeds' comment that updates its article).
 */
@Entity
public class Reply {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	@ManyToOne(optional = false)
	private Post post;

	private String text;

	protected Reply() {
	}

	public Reply(Post post, String text) {
		this.post = post;
		this.text = text;
	}

	public Post getPost() {
		return this.post;
	}

	public String getText() {
		return this.text;
	}

	public Long getId() {
		return this.id;
	}

}
