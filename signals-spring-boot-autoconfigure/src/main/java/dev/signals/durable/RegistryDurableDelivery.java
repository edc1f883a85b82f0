package dev.signals.durable;

import java.lang.ref.WeakReference;
import java.time.Instant;
import java.util.List;

import dev.signals.BulkChanged;
import dev.signals.ModelSignal;
import dev.signals.SignalEvent;
import dev.signals.SignalSnapshot;
import dev.signals.dispatch.DurableDelivery;
import dev.signals.dispatch.Receiver;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Stores the publications of durable receivers in Spring Modulith's event publication
 * repository (in the writing transaction: the repository's JDBC statements join it) and
 * delivers them after the commit on the committing thread; a failed first attempt is
 * retried on the durable executor.
 */
final class RegistryDurableDelivery implements DurableDelivery {

	/** The prefix of the listener ids of durable receivers in the registry. */
	static final String TARGET_PREFIX = "signals:";

	private static final Log logger = LogFactory.getLog(RegistryDurableDelivery.class);

	/** The last signal snapshotted on this thread: its other receivers share the snapshot. */
	private static final ThreadLocal<LastSnapshot> lastSnapshot = new ThreadLocal<>();

	private final EventPublicationRepository repository;

	private final DeliveryAttempts attempts;

	RegistryDurableDelivery(EventPublicationRepository repository, DeliveryAttempts attempts) {
		this.repository = repository;
		this.attempts = attempts;
	}

	static PublicationTargetIdentifier target(Receiver receiver) {
		return PublicationTargetIdentifier.of(TARGET_PREFIX + receiver.id());
	}

	static @Nullable String receiverId(TargetEventPublication publication) {
		String target = publication.getTargetIdentifier().getValue();
		return target.startsWith(TARGET_PREFIX) ? target.substring(TARGET_PREFIX.length()) : null;
	}

	@Override
	public Object capture(Receiver receiver, Object signal) {
		return new Pending(receiver, snapshot(signal));
	}

	private static SignalSnapshot<?> snapshot(Object signal) {
		LastSnapshot last = lastSnapshot.get();
		if (last != null && last.signal().get() == signal) {
			return last.snapshot();
		}
		SignalSnapshot<?> snapshot;
		if (signal instanceof ModelSignal<?> model) {
			snapshot = model.snapshot();
		}
		else if (signal instanceof BulkChanged<?> bulk) {
			snapshot = bulk.snapshot();
		}
		else if (signal instanceof SignalEvent<?> custom) {
			snapshot = custom.snapshot();
		}
		else {
			throw new IllegalArgumentException("No snapshot of " + signal);
		}
		lastSnapshot.set(new LastSnapshot(new WeakReference<>(signal), snapshot));
		return snapshot;
	}

	@Override
	public void store(List<Object> publications) {
		lastSnapshot.remove();
		Instant now = Instant.now();
		for (Object publication : publications) {
			Pending pending = (Pending) publication;
			pending.stored = this.repository
				.create(TargetEventPublication.of(pending.snapshot, target(pending.receiver), now));
		}
	}

	@Override
	public void deliver(List<Object> publications) {
		for (Object publication : publications) {
			Pending pending = (Pending) publication;
			TargetEventPublication stored = pending.stored;
			if (stored == null) {
				continue;
			}
			try {
				this.attempts.deliverStored(pending.receiver, stored);
			}
			catch (RuntimeException ex) {
				logger.warn("Could not deliver durable publication " + stored.getIdentifier() + " to "
						+ pending.receiver + " after the commit; it is resubmitted once its claim times out", ex);
			}
		}
	}

	/**
	 * A publication captured when its signal was sent, and once stored, its row.
	 */
	private static final class Pending {

		private final Receiver receiver;

		private final SignalSnapshot<?> snapshot;

		private @Nullable TargetEventPublication stored;

		Pending(Receiver receiver, SignalSnapshot<?> snapshot) {
			this.receiver = receiver;
			this.snapshot = snapshot;
		}

	}

	private record LastSnapshot(WeakReference<Object> signal, SignalSnapshot<?> snapshot) {
	}

}
