package dev.signals.bench.e2e.modulith;

/**
 * The domain event of a post that is created, changed or deleted, with the post's values:
 * what Spring Modulith stores in its registry and gives its listener.
 *
 * @param postId the post's id
 * @param change what happened to the post
 * @param title the post's title
 * @param body the post's body
 */
public record PostChanged(Long postId, Change change, String title, String body) {

	/**
	 * What happened to a post.
	 */
	public enum Change {

		/** The post was inserted. */
		CREATED,

		/** The post was updated. */
		UPDATED,

		/** The post was deleted. */
		DELETED

	}

}
