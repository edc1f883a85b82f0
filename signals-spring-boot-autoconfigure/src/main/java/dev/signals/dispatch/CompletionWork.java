package dev.signals.dispatch;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * The after-completion work of the transactions that a transaction manager is completing on
 * this thread, run once the manager has finished: after its {@code commit()} or
 * {@code rollback()} has returned, when synchronizations are cleared, resources unbound and
 * (unless something else keeps the EntityManager open) the connection is back in the pool.
 * A wrapper around the manager calls {@link #begin()} before completing and
 * {@link #end()} after; without such a wrapper, the work runs in the transaction's own
 * completion callback, as Spring's transactional listeners do.
 *
 * @since 0.1.0
 */
public final class CompletionWork {

	private static final Log logger = LogFactory.getLog(CompletionWork.class);

	private static final ThreadLocal<@Nullable CompletionWork> current = new ThreadLocal<>();

	private final @Nullable CompletionWork outer;

	private @Nullable List<Runnable> work;

	private @Nullable RuntimeException receiverFailure;

	private CompletionWork(@Nullable CompletionWork outer) {
		this.outer = outer;
	}

	/**
	 * Start collecting the after-completion work of the transaction being completed on this
	 * thread.
	 * @return the collected work, to {@link #end()} once the completion has returned
	 */
	public static CompletionWork begin() {
		CompletionWork work = new CompletionWork(current.get());
		current.set(work);
		return work;
	}

	/**
	 * Hand after-completion work over to the completion that runs on this thread.
	 * @param work the work
	 * @return {@code false} when no wrapped completion runs: the caller runs the work itself
	 */
	static boolean handOver(Runnable work) {
		CompletionWork completing = current.get();
		if (completing == null) {
			return false;
		}
		if (completing.work == null) {
			completing.work = new ArrayList<>(1);
		}
		completing.work.add(work);
		return true;
	}

	/**
	 * Remember the failure of a receiver that ran inside the completion of the transaction
	 * (in the flush that commit runs), so that the caller gets it as it is rather than
	 * wrapped by the transaction manager ({@link #unwrap}).
	 * @param failure what the receiver threw
	 */
	public static void receiverFailed(RuntimeException failure) {
		CompletionWork completing = current.get();
		if (completing != null && completing.receiverFailure == null) {
			completing.receiverFailure = failure;
		}
	}

	/**
	 * Whether an exception is the failure of a receiver that ran inside the completion
	 * running on this thread.
	 * @param failure an exception
	 * @return whether a receiver threw it
	 */
	public static boolean isReceiverFailure(Throwable failure) {
		CompletionWork completing = current.get();
		return completing != null && completing.receiverFailure == failure;
	}

	/**
	 * What the caller of a completion that failed gets: the failure of a receiver that ran
	 * inside it, when the manager's exception was caused by it ("Could not commit JPA
	 * transaction"), otherwise the manager's exception.
	 * @param failure what the completion threw
	 * @return the exception to throw
	 */
	public RuntimeException unwrap(RuntimeException failure) {
		RuntimeException receiverFailure = this.receiverFailure;
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
	 * The completion has returned: run the work handed over, in order. Receivers' failures
	 * were logged and counted where they ran and are not thrown from here: the transaction
	 * has completed and its outcome stands.
	 */
	public void end() {
		current.set(this.outer);
		if (this.work == null) {
			return;
		}
		for (Runnable work : this.work) {
			try {
				work.run();
			}
			catch (RuntimeException ex) {
				logger.debug("After-completion work stopped by a failure that was reported where it happened", ex);
			}
		}
	}

}
