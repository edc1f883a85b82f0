package dev.signals.hibernate;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.jspecify.annotations.Nullable;

/**
 * What the writes of one thread hold for the signal listeners of a persistence unit: the
 * session whose write is running the receivers of a signal sent before a row's SQL, and the
 * signals held for the thread's sessions until their writes end ({@link DeferredSignals}).
 * One object per thread, so that a listener call looks the thread's state up once.
 */
final class ThreadWrites {

	private @Nullable SharedSessionContractImplementor writing;

	private DeferredSignals.@Nullable Pending pending;

	/**
	 * Whether receivers of a signal sent before a row's SQL are running inside Hibernate's
	 * write of the session.
	 */
	boolean isWriting(SharedSessionContractImplementor session) {
		return this.writing == session;
	}

	@Nullable SharedSessionContractImplementor writing() {
		return this.writing;
	}

	void writing(@Nullable SharedSessionContractImplementor session) {
		this.writing = session;
	}

	/**
	 * The first of the signals held per session, linked to the others.
	 */
	DeferredSignals.@Nullable Pending pending() {
		return this.pending;
	}

	void pending(DeferredSignals.@Nullable Pending first) {
		this.pending = first;
	}

}
