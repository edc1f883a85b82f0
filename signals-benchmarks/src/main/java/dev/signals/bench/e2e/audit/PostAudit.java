package dev.signals.bench.e2e.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The row written for each inserted post: its identifier, with a sequence identifier of its
 * own, pooled as the posts' are. There is no foreign key to the post, so that the post's
 * deletion is not held up by its audit row, which stays.
 */
@Entity
public class PostAudit {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	private long postId;

	protected PostAudit() {
	}

	/**
	 * Create the audit row of a post.
	 * @param postId the post's identifier
	 */
	public PostAudit(long postId) {
		this.postId = postId;
	}

	/**
	 * The identifier of the post that was inserted.
	 * @return the post's identifier
	 */
	public long getPostId() {
		return this.postId;
	}

}
