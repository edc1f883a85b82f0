package dev.signals.durable;

import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import dev.signals.dispatch.Receiver;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.core.TargetEventPublication;

import org.springframework.context.SmartLifecycle;

/**
 * Resubmits, at startup and then periodically, the durable deliveries that need it: those
 * committed but never claimed, and those claimed but not renewed, within the claim timeout
 * (their instance died), and the failed ones when {@code signals.durable.resubmit-failed}
 * is on. Each is claimed first, so that instances sharing the database never run one
 * delivery at once.
 */
final class Resubmission implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(Resubmission.class);

	private final DurableReceiverLookup lookup;

	private final DeliveryAttempts attempts;

	private final DurableProperties properties;

	private final ScheduledExecutorService executor;

	private volatile @Nullable ScheduledFuture<?> schedule;

	private volatile boolean running;

	Resubmission(DurableReceiverLookup lookup, DeliveryAttempts attempts, DurableProperties properties,
			ScheduledExecutorService executor) {
		this.lookup = lookup;
		this.attempts = attempts;
		this.properties = properties;
		this.executor = executor;
	}

	/**
	 * Start resubmitting, when the application has durable receivers: one without leaves
	 * the registry, and Modulith's own publications in it, alone.
	 */
	@Override
	public void start() {
		this.running = true;
		if (!this.lookup.anyDurableReceiver()) {
			return;
		}
		long interval = this.properties.getResubmissionInterval().toMillis();
		this.schedule = this.executor.scheduleWithFixedDelay(this::resubmitLogged, 0, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		ScheduledFuture<?> scheduled = this.schedule;
		if (scheduled != null) {
			scheduled.cancel(false);
		}
		this.schedule = null;
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void resubmitLogged() {
		try {
			resubmit();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not look for durable deliveries to resubmit; trying again in "
					+ this.properties.getResubmissionInterval(), ex);
		}
	}

	/**
	 * Resubmit what needs it now.
	 */
	void resubmit() {
		Instant abandoned = Instant.now().minus(this.properties.getClaimTimeout());
		for (TargetEventPublication publication : this.lookup.withStatus(Status.PUBLISHED)) {
			if (publication.getPublicationDate().isBefore(abandoned)) {
				resubmit(publication, true);
			}
		}
		for (TargetEventPublication publication : this.lookup.withStatus(Status.RESUBMITTED)) {
			Instant claimed = publication.getLastResubmissionDate();
			if (claimed == null || claimed.isBefore(abandoned)) {
				resubmit(publication, true);
			}
		}
		if (this.properties.isResubmitFailed()) {
			for (TargetEventPublication publication : this.lookup.withStatus(Status.FAILED)) {
				resubmit(publication, false);
			}
		}
	}

	private void resubmit(TargetEventPublication publication, boolean retries) {
		Receiver receiver = this.lookup.receiver(publication);
		if (receiver != null) {
			this.attempts.resubmit(receiver, publication, retries);
		}
	}

}
