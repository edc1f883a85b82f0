package dev.signals.dispatch;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The raw and muted scopes of each thread. A scope flushes the persistence contexts when it
 * opens and before it closes, so that it covers exactly the writes of its work; if the work
 * throws, its unwritten changes are left to the transaction. A global count of open scopes
 * keeps the check that every write makes to one volatile read while no scope is open
 * anywhere.
 */
final class SignalScopes {

	private final Scope raw = new Scope();

	private final Scope muted = new Scope();

	boolean isRaw() {
		return this.raw.isOpen();
	}

	boolean isMuted() {
		return this.muted.isOpen();
	}

	<T> T raw(Supplier<T> work, PendingWrites pendingWrites) {
		return this.raw.run(work, pendingWrites);
	}

	<T> T muted(Supplier<T> work, PendingWrites pendingWrites) {
		return this.muted.run(work, pendingWrites);
	}

	private static final class Scope {

		private final AtomicInteger openAnywhere = new AtomicInteger();

		private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

		boolean isOpen() {
			return this.openAnywhere.get() > 0 && this.depth.get()[0] > 0;
		}

		<T> T run(Supplier<T> work, PendingWrites pendingWrites) {
			// Earlier changes are written before the scope opens, so that it covers only its own.
			pendingWrites.flush();
			int[] depth = this.depth.get();
			depth[0]++;
			this.openAnywhere.incrementAndGet();
			try {
				T result = work.get();
				pendingWrites.flush();
				return result;
			}
			finally {
				this.openAnywhere.decrementAndGet();
				depth[0]--;
			}
		}

	}

}
