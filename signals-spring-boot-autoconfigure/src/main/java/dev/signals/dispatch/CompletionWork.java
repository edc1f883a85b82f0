package dev.signals.dispatch;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The after-completion work of the transactions that a transaction manager begins on this
 * thread, run once the manager has cleaned up after them: synchronizations cleared,
 * resources unbound, the EntityManager closed and the connection back in the pool. A
 * manager that takes part calls {@link #transactionBegun()} when it has begun a new
 * transaction and {@link #transactionCleanedUp()} when it has cleaned up after it
 * ({@code dev.signals.transaction.SignalsJpaTransactionManager} does); with any other
 * manager, the work runs in the transaction's own completion callback, as Spring's
 * transactional listeners do.
 *
 * <p>Kept per thread as a stack (inner {@code REQUIRES_NEW} transactions have their own
 * frame) of reused frames: a transaction without after-completion work allocates nothing.
 *
 * @since 0.1.0
 */
public final class CompletionWork {

	private static final Log logger = LogFactory.getLog(CompletionWork.class);

	private static final ThreadLocal<Frames> frames = ThreadLocal.withInitial(Frames::new);

	private CompletionWork() {
	}

	/**
	 * A new transaction has begun on this thread.
	 */
	public static void transactionBegun() {
		frames.get().push();
	}

	/**
	 * The transaction begun last on this thread has completed and been cleaned up: run the
	 * work handed over during its completion, in order. Receivers' failures were logged and
	 * counted where they ran and are not thrown from here: the transaction's outcome stands.
	 */
	public static void transactionCleanedUp() {
		Frame frame = frames.get().pop();
		if (frame == null || frame.work.isEmpty()) {
			return;
		}
		List<Runnable> work = new ArrayList<>(frame.work);
		frame.work.clear();
		for (Runnable each : work) {
			try {
				each.run();
			}
			catch (RuntimeException ex) {
				logger.debug("After-completion work stopped by a failure that was reported where it happened", ex);
			}
		}
	}

	/**
	 * Hand after-completion work over to the transaction completing on this thread.
	 * @param work the work
	 * @return {@code false} when no participating manager completes a transaction here:
	 * the caller runs the work itself
	 */
	static boolean handOver(Runnable work) {
		Frame frame = frames.get().top();
		if (frame == null) {
			return false;
		}
		frame.work.add(work);
		return true;
	}

	/**
	 * Remember the failure of a receiver that ran inside the completion of the transaction
	 * (in the flush that commit runs), so that the caller gets it as it is rather than
	 * wrapped by the transaction manager ({@link #unwrap}).
	 * @param failure what the receiver threw
	 */
	public static void receiverFailed(RuntimeException failure) {
		Frame frame = frames.get().top();
		if (frame != null && frame.receiverFailure == null) {
			frame.receiverFailure = failure;
		}
	}

	/**
	 * Whether an exception is the failure of a receiver that ran inside the completion of
	 * the transaction of this thread.
	 * @param failure an exception
	 * @return whether a receiver threw it
	 */
	public static boolean isReceiverFailure(Throwable failure) {
		Frame frame = frames.get().top();
		return frame != null && frame.receiverFailure == failure;
	}

	/**
	 * What the caller of a commit that failed gets: the failure of a receiver that ran
	 * inside it, when the manager's exception was caused by it ("Could not commit JPA
	 * transaction"), otherwise the manager's exception.
	 * @param failure what the commit threw
	 * @return the exception to throw
	 */
	public static RuntimeException unwrap(RuntimeException failure) {
		Frame frame = frames.get().top();
		RuntimeException receiverFailure = (frame != null) ? frame.receiverFailure : null;
		if (receiverFailure == null || receiverFailure == failure) {
			return failure;
		}
		for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
			if (cause == receiverFailure) {
				receiverFailure.addSuppressed(failure);
				return receiverFailure;
			}
		}
		return failure;
	}

	/**
	 * The frames of the transactions begun on one thread and not yet cleaned up, innermost
	 * last; popped frames are kept for reuse.
	 */
	private static final class Frames {

		private final List<Frame> stack = new ArrayList<>(2);

		private int depth;

		void push() {
			if (this.depth == this.stack.size()) {
				this.stack.add(new Frame());
			}
			this.depth++;
		}

		@Nullable Frame top() {
			return (this.depth > 0) ? this.stack.get(this.depth - 1) : null;
		}

		@Nullable Frame pop() {
			if (this.depth == 0) {
				return null;
			}
			Frame frame = this.stack.get(--this.depth);
			frame.receiverFailure = null;
			return frame;
		}

	}

	private static final class Frame {

		private final List<Runnable> work = new ArrayList<>(1);

		private @Nullable RuntimeException receiverFailure;

	}

}
