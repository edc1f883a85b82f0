package dev.signals.durable;

import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.signals.Signal;
import dev.signals.SignalEvent;
import dev.signals.SignalSnapshot;
import dev.signals.SignalType;
import dev.signals.dispatch.Receiver;
import dev.signals.dispatch.SignalDispatcher;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;

import org.springframework.beans.factory.ObjectProvider;

/**
 * Runs the attempts of a claimed delivery: calls the receiver, marks the publication
 * completed, or retries it after a backoff (renewing the claim first) until the attempts
 * run out and it is marked failed.
 */
final class DeliveryAttempts {

	private static final Log logger = LogFactory.getLog(DeliveryAttempts.class);

	private final ObjectProvider<SignalDispatcher> dispatcher;

	private final EventPublicationRepository repository;

	private final PublicationClaims claims;

	private final DurableProperties properties;

	private final ScheduledExecutorService executor;

	DeliveryAttempts(ObjectProvider<SignalDispatcher> dispatcher, EventPublicationRepository repository, PublicationClaims claims, DurableProperties properties,
			ScheduledExecutorService executor) {
		this.dispatcher = dispatcher;
		this.repository = repository;
		this.claims = claims;
		this.properties = properties;
		this.executor = executor;
	}

	/**
	 * Deliver a publication stored by this instance's transaction that has just committed.
	 * @param receiver the durable receiver
	 * @param publication the stored publication
	 */
	void deliverStored(Receiver receiver, TargetEventPublication publication) {
		Instant claimed = this.claims.claimPublished(publication.getIdentifier());
		if (claimed != null) {
			attempt(receiver, publication, claimed, 1);
		}
	}

	/**
	 * Deliver a publication found in the registry, claimed in the state it was seen in.
	 * @param receiver the durable receiver
	 * @param publication the publication
	 * @param retries whether a failed attempt is retried with backoff (else it is marked
	 * failed again at once)
	 * @return whether the receiver ran without failing (when not retried)
	 */
	boolean resubmit(Receiver receiver, TargetEventPublication publication, boolean retries) {
		Instant claimed = (publication.getStatus() == Status.PUBLISHED)
				? this.claims.claimPublished(publication.getIdentifier())
				: this.claims.claim(publication.getIdentifier(), publication.getStatus(), lastClaim(publication));
		if (claimed == null) {
			return false;
		}
		return attempt(receiver, publication, claimed, retries ? 1 : this.properties.getMaxAttempts());
	}

	private static Instant lastClaim(TargetEventPublication publication) {
		Instant last = publication.getLastResubmissionDate();
		return (last != null) ? last : publication.getPublicationDate();
	}

	private boolean attempt(Receiver receiver, TargetEventPublication publication, Instant claimed, int attempt) {
		try {
			this.dispatcher.getObject().receiveDurable(receiver, argument(publication.getEvent()));
		}
		catch (RuntimeException ex) {
			if (attempt >= this.properties.getMaxAttempts()) {
				failed(receiver, publication, claimed);
			}
			else {
				long delay = this.properties.getBackoff().after(attempt).toMillis();
				this.executor.schedule(() -> retry(receiver, publication, claimed, attempt + 1), delay,
						TimeUnit.MILLISECONDS);
			}
			return false;
		}
		this.repository.markCompleted(publication.getIdentifier(), Instant.now());
		return true;
	}

	private void retry(Receiver receiver, TargetEventPublication publication, Instant claimed, int attempt) {
		try {
			Instant renewed = this.claims.claim(publication.getIdentifier(), Status.RESUBMITTED, claimed);
			if (renewed == null) {
				logger.warn("Durable delivery " + publication.getIdentifier() + " to " + receiver
						+ " was taken over by another instance (its claim timed out); this one stops retrying it");
				return;
			}
			attempt(receiver, publication, renewed, attempt);
		}
		catch (RuntimeException ex) {
			logger.warn("Could not retry durable delivery " + publication.getIdentifier() + " to " + receiver
					+ "; it is resubmitted once its claim times out", ex);
		}
	}

	private void failed(Receiver receiver, TargetEventPublication publication, Instant claimed) {
		if (this.claims.fail(publication.getIdentifier(), claimed)) {
			logger.warn("Durable delivery " + publication.getIdentifier() + " of " + publication.getEvent() + " to "
					+ receiver + " failed " + this.properties.getMaxAttempts()
					+ " times and is marked failed; list it with DurablePublications.failed()");
		}
	}

	/**
	 * What the receiver's method takes: the snapshot, or for a custom signal the signal
	 * rebuilt from it (its sender is the class of the object that sent it).
	 */
	private static Object argument(Object event) {
		SignalSnapshot<?> snapshot = (SignalSnapshot<?>) event;
		if (snapshot.type() != SignalType.CUSTOM) {
			return snapshot;
		}
		return customSignal(snapshot.signal(), snapshot.payload(), snapshot.sender());
	}

	@SuppressWarnings("unchecked")
	private static <P> SignalEvent<P> customSignal(@Nullable String name, @Nullable Object payload, Class<?> sender) {
		if (name == null || payload == null) {
			throw new IllegalStateException("Custom signal snapshot without name or payload");
		}
		return new SignalEvent<>(Signal.of(name, (Class<P>) payload.getClass()), sender, (P) payload);
	}

}
