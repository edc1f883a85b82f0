package dev.signals.external;

import java.time.Duration;
import java.util.List;

import dev.signals.SignalSnapshot;
import dev.signals.dispatch.Receiver;
import dev.signals.dispatch.ReceiverRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Hands a snapshot of an external change to every switched-on external receiver that
 * receives it, on the calling (engine) thread. A receiver that fails is called again with the
 * same snapshot after a wait that doubles up to a maximum, until it succeeds or the stream is
 * stopped: the change's position is only stored once every receiver ran, so a change is
 * never lost (and, after a stop during a retry, delivered again). An {@link Error} is not
 * retried: it stops the stream, which resumes from the stored position at the next start.
 */
final class ExternalDelivery {

	private static final Log logger = LogFactory.getLog(ExternalDelivery.class);

	private final List<Receiver> receivers;

	private final ReceiverRegistry registry;

	private final Duration initialBackoff;

	private final Duration maxBackoff;

	ExternalDelivery(ReceiverRegistry registry, Duration initialBackoff, Duration maxBackoff) {
		this.registry = registry;
		this.receivers = registry.receivers().stream().filter(Receiver::isExternal).toList();
		this.initialBackoff = initialBackoff;
		this.maxBackoff = maxBackoff;
	}

	/**
	 * The external receivers.
	 * @return the receivers, in delivery order
	 */
	List<Receiver> receivers() {
		return this.receivers;
	}

	/**
	 * Deliver a snapshot to the receivers that want it.
	 * @param snapshot the snapshot
	 * @throws InterruptedException if the thread is interrupted while waiting to retry
	 */
	void deliver(SignalSnapshot<?> snapshot) throws InterruptedException {
		for (Receiver receiver : this.receivers) {
			if (receiver.accepts(snapshot.type(), snapshot.sender()) && this.registry.isReceiverEnabled(receiver.id())) {
				deliver(receiver, snapshot);
			}
		}
	}

	private void deliver(Receiver receiver, SignalSnapshot<?> snapshot) throws InterruptedException {
		long wait = this.initialBackoff.toMillis();
		for (int attempt = 1;; attempt++) {
			try {
				receiver.receive(snapshot);
				return;
			}
			catch (RuntimeException ex) {
				logger.warn("External receiver " + receiver + " failed on " + snapshot + " (attempt " + attempt
						+ "); calling it again in " + wait + " ms", ex);
			}
			Thread.sleep(wait);
			wait = Math.min(wait * 2, this.maxBackoff.toMillis());
		}
	}

}
