package dev.signals.dispatch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.signals.Phase;

/**
 * The signals of one transaction that wait for a phase of its completion, in the order they
 * were sent.
 */
final class PhaseQueue {

	private final SignalDispatcher dispatcher;

	private final List<Delivery> deliveries = new ArrayList<>();

	private final List<Object> durableCaptured = new ArrayList<>();

	private final List<Object> durableStored = new ArrayList<>();

	private boolean beforeCommitDone;

	private int beforeCommitCursor;

	PhaseQueue(SignalDispatcher dispatcher) {
		this.dispatcher = dispatcher;
	}

	void add(Receiver receiver, Object signal) {
		if (receiver.isDurable()) {
			Object publication = this.dispatcher.captureDurable(receiver, signal);
			if (this.beforeCommitDone) {
				// Sent by the commit's own flush: still in the transaction, so stored with it.
				this.dispatcher.storeDurable(List.of(publication));
				this.durableStored.add(publication);
			}
			else {
				this.durableCaptured.add(publication);
			}
			return;
		}
		if (receiver.phase() == Phase.BEFORE_COMMIT && this.beforeCommitDone) {
			// Sent by a flush that runs after the before-commit callbacks: still before the
			// commit, so deliver now rather than never.
			this.dispatcher.runDeferred(receiver, signal);
			return;
		}
		this.deliveries.add(new Delivery(receiver, signal));
	}

	void beforeCommit() {
		runBeforeCommit();
		if (!this.durableCaptured.isEmpty()) {
			this.dispatcher.storeDurable(this.durableCaptured);
			this.durableStored.addAll(this.durableCaptured);
			this.durableCaptured.clear();
		}
		this.beforeCommitDone = true;
	}

	/**
	 * Deliver, before the commit, the before-commit signals queued since the last call; the
	 * caller may flush between calls (the receivers may have changed entities) and call again
	 * until this returns {@code false}, then it calls {@link #beforeCommit()}.
	 * @return whether a before-commit receiver ran
	 */
	boolean runBeforeCommit() {
		boolean ran = false;
		for (; this.beforeCommitCursor < this.deliveries.size(); this.beforeCommitCursor++) {
			Delivery delivery = this.deliveries.get(this.beforeCommitCursor);
			if (delivery.receiver().phase() == Phase.BEFORE_COMMIT) {
				this.dispatcher.runDeferred(delivery.receiver(), delivery.signal());
				ran = true;
			}
		}
		return ran;
	}

	void afterCompletion(boolean committed) {
		this.dispatcher.transactionCompleted(this.deliveries.size());
		Phase outcome = committed ? Phase.AFTER_COMMIT : Phase.AFTER_ROLLBACK;
		boolean checkLostChanges = committed && runsAfterCommit() && !this.dispatcher.unwrittenChanges();
		Set<Receiver> ran = new LinkedHashSet<>();
		for (Delivery delivery : this.deliveries) {
			Phase phase = delivery.receiver().phase();
			if (phase == Phase.AFTER_COMPLETION || phase == outcome) {
				this.dispatcher.runDeferred(delivery.receiver(), delivery.signal());
				ran.add(delivery.receiver());
			}
			else if (committed && phase == Phase.BEFORE_COMMIT && !this.beforeCommitDone) {
				this.dispatcher.beforeCommitMissed(delivery.receiver(), delivery.signal());
			}
		}
		if (checkLostChanges && !ran.isEmpty() && this.dispatcher.unwrittenChanges()) {
			this.dispatcher.changesLost(ran);
		}
		if (committed && !this.durableStored.isEmpty()) {
			this.dispatcher.deliverDurable(this.durableStored);
		}
	}

	private boolean runsAfterCommit() {
		for (Delivery delivery : this.deliveries) {
			if (delivery.receiver().phase() == Phase.AFTER_COMMIT
					|| delivery.receiver().phase() == Phase.AFTER_COMPLETION) {
				return true;
			}
		}
		return false;
	}

	private record Delivery(Receiver receiver, Object signal) {
	}

}
