package dev.signals.bench.e2e;

import dev.signals.bench.e2e.model.BenchPost;

import org.springframework.context.ApplicationContext;

/**
 * What a variant's application does by hand right after the workload has saved a new post,
 * in the same transaction: nothing, unless the application has a bean of this type.
 */
@FunctionalInterface
public interface AfterInsert {

	/** Nothing done after an insert: every variant without a bean of this type. */
	AfterInsert NOTHING = (post) -> {
	};

	/**
	 * Called after {@code save} of a new post has returned.
	 * @param post the saved post, with its identifier
	 */
	void inserted(BenchPost post);

	/**
	 * What an application does after each insert.
	 * @param context the running application
	 * @return its bean of this type, or {@link #NOTHING}
	 */
	static AfterInsert of(ApplicationContext context) {
		return context.getBeanProvider(AfterInsert.class).getIfAvailable(() -> NOTHING);
	}

}
