package dev.signals.bench.e2e;

import org.springframework.context.ApplicationContext;

/**
 * The deliveries a variant's hooks leave behind or still owe when a phase's last transaction
 * has returned: the rows of a durable event publication registry, and the listeners that
 * run on other threads. Each phase of the workload ends only once its deliveries have
 * completed, so that it is measured to completion; and it starts with the registry emptied,
 * so that no variant's registry grows from phase to phase.
 */
public interface Deliveries {

	/** Nothing left behind and nothing owed: every variant without a bean of this type. */
	Deliveries NONE = new Deliveries() {

		@Override
		public void clear() {
		}

		@Override
		public void awaitCompletion() {
		}

	};

	/**
	 * Before a phase, outside its measured time: take the completed deliveries of the last
	 * phase out of the way.
	 * @throws IllegalStateException if a delivery has not completed
	 */
	void clear();

	/**
	 * At the end of a phase, inside its measured time: wait until every delivery of the
	 * phase has completed.
	 */
	void awaitCompletion();

	/**
	 * The deliveries of an application.
	 * @param context the running application
	 * @return its bean of this type, or {@link #NONE}
	 */
	static Deliveries of(ApplicationContext context) {
		return context.getBeanProvider(Deliveries.class).getIfAvailable(() -> NONE);
	}

}
