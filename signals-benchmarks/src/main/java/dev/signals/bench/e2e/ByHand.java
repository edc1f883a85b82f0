package dev.signals.bench.e2e;

import dev.signals.bench.e2e.model.BenchPost;
import dev.signals.bench.e2e.model.BenchTag;

import org.springframework.context.ApplicationContext;

/**
 * What a variant's application does by hand in the workload's transactions, right after the
 * workload has saved a new post or tagged one: nothing, unless the application has a bean of
 * this type (the variants that do by hand what another variant does in a receiver).
 */
public interface ByHand {

	/** Nothing done by hand: every variant without a bean of this type. */
	ByHand NOTHING = new ByHand() {
	};

	/**
	 * Called after {@code save} of a new post has returned.
	 * @param post the saved post, with its identifier
	 */
	default void inserted(BenchPost post) {
	}

	/**
	 * Called after a tag has been added to a post's tags.
	 * @param post the post
	 * @param tag the tag added
	 */
	default void tagged(BenchPost post, BenchTag tag) {
	}

	/**
	 * What an application does by hand.
	 * @param context the running application
	 * @return its bean of this type, or {@link #NOTHING}
	 */
	static ByHand of(ApplicationContext context) {
		return context.getBeanProvider(ByHand.class).getIfAvailable(() -> NOTHING);
	}

}
