package dev.signals.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dev.signals.FailurePolicy;
import dev.signals.Phase;
import dev.signals.SignalResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.util.Assert;

/**
 * Delivers a signal along its {@link Route}: {@link Phase#IMMEDIATE} receivers at once, the
 * others queued on the current transaction, and Spring listeners through the application
 * event publisher. Every delivery goes through the recursion guard and the failure policy of
 * its phase.
 *
 * @since 0.1.0
 */
public final class SignalDispatcher {

	private static final Log logger = LogFactory.getLog(SignalDispatcher.class);

	/** The call of a receiver itself, innermost in the observers' invocations. */
	static final DeliveryObserver.Invocation RECEIVE = Receiver::receive;

	private final ApplicationEventPublisher publisher;

	private final PendingWrites pendingWrites;

	private final DeliveryOptions options;

	private final RecursionGuard guard;

	private final ReceiverFailures failures = new ReceiverFailures();

	private final SignalScopes scopes = new SignalScopes();

	private final @Nullable DeliveryObserver observer;

	private final @Nullable DurableDelivery durableDelivery;

	/**
	 * Create a dispatcher.
	 * @param publisher where signals that Spring listeners listen to are published
	 * @param pendingWrites what to flush before before-commit receivers run and when a scope
	 * ends
	 * @param options the failure policies, the recursion limit and the observer of deliveries
	 */
	public SignalDispatcher(ApplicationEventPublisher publisher, PendingWrites pendingWrites, DeliveryOptions options) {
		Assert.notNull(publisher, "'publisher' must not be null");
		Assert.notNull(pendingWrites, "'pendingWrites' must not be null");
		Assert.notNull(options, "'options' must not be null");
		this.publisher = publisher;
		this.pendingWrites = pendingWrites;
		this.options = options;
		this.guard = new RecursionGuard(options.maxDepth(), options.entityIdentity());
		this.observer = options.observer();
		this.durableDelivery = options.durableDelivery();
	}

	/**
	 * Prepare the transaction that has just begun for before-commit receivers: signals sent
	 * by the flush that commit runs are then still delivered before the commit.
	 */
	public void transactionBegun() {
		SpringTransactionQueue.current(this, this.pendingWrites);
	}

	/**
	 * Deliver a model signal.
	 * @param route the signal's route
	 * @param signal the signal
	 * @param hooks the completion callbacks of the transaction the signal belongs to when
	 * Spring does not manage it, or {@code null}
	 */
	public void dispatch(Route route, Object signal, @Nullable TransactionHooks hooks) {
		deliver(route, signal, hooks, null, false);
	}

	/**
	 * Deliver a custom signal and collect what each receiver did.
	 * @param route the signal's route
	 * @param signal the signal
	 * @param robust whether every immediate receiver runs even when some fail
	 * @return one response per receiver, in order
	 */
	public List<SignalResponse> send(Route route, Object signal, boolean robust) {
		List<SignalResponse> responses = new ArrayList<>();
		deliver(route, signal, null, responses, robust);
		return responses;
	}

	/**
	 * Whether the current thread is inside a raw scope.
	 * @return whether writes now send signals with {@code raw() == true}
	 */
	public boolean isRaw() {
		return this.scopes.isRaw();
	}

	/**
	 * Whether the current thread is inside a muted scope.
	 * @return whether writes now send no model signals
	 */
	public boolean isMuted() {
		return this.scopes.isMuted();
	}

	/**
	 * The receivers running on the current thread, if any, for an error message.
	 * @return the innermost signal's entity and the chain of receivers with the signals they
	 * got, outermost first, or {@code null} when no receiver is running
	 */
	public @Nullable String runningReceivers() {
		return this.guard.describeRunning();
	}

	/**
	 * Stop a round of delivery whose signals the writes of their own receivers keep sending
	 * again: the signals of what the receivers of one round wrote come in the next round.
	 * @param earlier the earlier rounds of the same write, first first
	 * @param round the round about to be delivered
	 * @throws dev.signals.SignalRecursionException when a signal about the same entity was
	 * delivered in more than {@code signals.recursion.max-depth} earlier rounds
	 */
	public void checkRound(List<Deliveries> earlier, Deliveries round) {
		if (!earlier.isEmpty()) {
			this.guard.checkRound(earlier, round);
		}
	}

	<T> T raw(Supplier<T> work) {
		return this.scopes.raw(work, this.pendingWrites);
	}

	<T> T muted(Supplier<T> work) {
		return this.scopes.muted(work, this.pendingWrites);
	}

	Map<String, Long> failureCounts() {
		return this.failures.counts();
	}

	private void deliver(Route route, Object signal, @Nullable TransactionHooks hooks,
			@Nullable List<SignalResponse> responses, boolean robust) {
		if (this.observer != null) {
			signalSent(this.observer, signal);
		}
		RecursionGuard.Stack running = this.guard.running();
		for (Receiver receiver : route.receiverArray()) {
			try {
				if (!receiver.wants(signal)) {
					continue;
				}
				Object value = (receiver.phase() == Phase.IMMEDIATE) ? invoke(running, receiver, signal)
						: defer(receiver, signal, hooks);
				if (responses != null) {
					responses.add(new SignalResponse(receiver.id(), receiver.phase(), value, null));
				}
			}
			catch (RuntimeException ex) {
				if (!robust && this.options.failurePolicy(receiver.phase()) == FailurePolicy.PROPAGATE) {
					CompletionWork.receiverFailed(ex);
					throw ex;
				}
				this.failures.record(receiver, signal, ex);
				if (responses != null) {
					responses.add(new SignalResponse(receiver.id(), receiver.phase(), null, ex));
				}
			}
		}
		if (route.publish()) {
			this.publisher.publishEvent(signal);
		}
	}

	private @Nullable Object invoke(RecursionGuard.Stack running, Receiver receiver, Object signal) {
		this.guard.enter(running, receiver, signal);
		try {
			return (this.observer != null) ? this.observer.receive(receiver, signal, RECEIVE) : receiver.receive(signal);
		}
		finally {
			running.pop();
		}
	}

	/**
	 * Run a receiver that was queued on a transaction. After the transaction has completed
	 * its caller can no longer get an exception, so a failure there is logged and counted
	 * even when the policy propagates it (which skips the receivers still queued).
	 */
	void runDeferred(Receiver receiver, Object signal) {
		try {
			invoke(this.guard.running(), receiver, signal);
		}
		catch (RuntimeException ex) {
			boolean propagate = this.options.failurePolicy(receiver.phase()) == FailurePolicy.PROPAGATE;
			if (!propagate || receiver.phase() != Phase.BEFORE_COMMIT) {
				this.failures.record(receiver, signal, ex);
			}
			if (propagate) {
				CompletionWork.receiverFailed(ex);
				throw ex;
			}
		}
	}

	/**
	 * Call a durable receiver with a stored signal, through the observers and the recursion
	 * guard. A failure is counted and thrown: the durable delivery retries it.
	 * @param receiver the durable receiver
	 * @param signal the signal as the receiver takes it (a snapshot, or a custom signal
	 * rebuilt from one)
	 */
	public void receiveDurable(Receiver receiver, Object signal) {
		try {
			invoke(this.guard.running(), receiver, signal);
		}
		catch (RuntimeException ex) {
			this.failures.record(receiver, signal, ex);
			throw ex;
		}
	}

	Object captureDurable(Receiver receiver, Object signal) {
		return durableDelivery().capture(receiver, signal);
	}

	void storeDurable(List<Object> publications) {
		durableDelivery().store(publications);
	}

	void deliverDurable(List<Object> publications) {
		durableDelivery().deliver(publications);
	}

	private DurableDelivery durableDelivery() {
		Assert.state(this.durableDelivery != null, "Durable receivers need Spring Modulith's event publication "
				+ "registry, which this dispatcher was created without");
		return this.durableDelivery;
	}

	private static void signalSent(DeliveryObserver observer, Object signal) {
		try {
			observer.signalSent(signal);
		}
		catch (RuntimeException ex) {
			logger.warn("Delivery observer " + observer + " failed on " + signal + "; the signal is delivered", ex);
		}
	}

	/**
	 * A transaction that queued deliveries has completed; its after-completion receivers
	 * are about to run.
	 * @param deliveries how many it queued
	 */
	void transactionCompleted(int deliveries) {
		if (this.observer != null) {
			try {
				this.observer.transactionCompleted(deliveries);
			}
			catch (RuntimeException ex) {
				logger.warn("Delivery observer " + this.observer + " failed at the end of a transaction", ex);
			}
		}
	}

	boolean unwrittenChanges() {
		try {
			return this.pendingWrites.unwritten();
		}
		catch (RuntimeException ex) {
			// The check is advice only: it must never keep after-commit receivers from running.
			logger.debug("Could not check the persistence contexts for unwritten changes", ex);
			return false;
		}
	}

	void changesLost(Set<Receiver> receivers) {
		logger.warn("Receivers " + receivers + " ran after the transaction and changed entities of an "
				+ "EntityManager that stays open (open-in-view): no transaction writes those changes until a later "
				+ "one flushes that EntityManager. Save them through a repository (its call commits on its own) "
				+ "or a @Transactional service.");
	}

	void beforeCommitMissed(Receiver receiver, Object signal) {
		logger.warn("Before-commit receiver " + receiver + " did not get " + signal + ": the signal was sent by the "
				+ "flush that commit runs, after the before-commit callbacks of a transaction manager that signals "
				+ "did not prepare. Register the transaction manager as a bean, or flush before committing.");
	}

	/**
	 * Queue a receiver on the signal's transaction, or run it at once when there is none.
	 * @return what the receiver returned when it ran at once, otherwise {@code null}
	 */
	private @Nullable Object defer(Receiver receiver, Object signal, @Nullable TransactionHooks hooks) {
		PhaseQueue queue = SpringTransactionQueue.current(this, this.pendingWrites);
		if (queue != null) {
			queue.add(receiver, signal);
		}
		else if (hooks != null) {
			PhaseQueue own = new PhaseQueue(this);
			own.add(receiver, signal);
			hooks.beforeCommit(own::beforeCommit);
			hooks.afterCompletion(own::afterCompletion);
		}
		else if (receiver.isDurable()) {
			List<Object> publication = List.of(captureDurable(receiver, signal));
			storeDurable(publication);
			deliverDurable(publication);
		}
		else if (receiver.phase() == Phase.AFTER_ROLLBACK) {
			logger.debug("No transaction: " + receiver + " is not called for " + signal);
		}
		else {
			return invoke(this.guard.running(), receiver, signal);
		}
		return null;
	}

}
