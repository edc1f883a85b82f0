package dev.signals.bench.e2e.model;

/**
 * What the end-to-end workload does with a post, whatever its variant's entity class.
 */
public interface BenchPost {

	/**
	 * The identifier, assigned from a sequence when the post is persisted.
	 * @return the identifier, {@code null} before
	 */
	Long getId();

	/**
	 * The persistent state apart from the identifier.
	 * @return the content
	 */
	PostContent content();

	/**
	 * Change the title: the update of the workload.
	 * @param title the new title
	 */
	default void retitle(String title) {
		content().retitle(title);
	}

	/**
	 * Add a tag: the many-to-many add of the workload.
	 * @param tag the tag
	 */
	default void tag(BenchTag tag) {
		content().tag(tag);
	}

	/**
	 * Prepare the post for its deletion, which an aggregate records as a domain event.
	 */
	default void discard() {
	}

}
