package dev.signals.durable;

import java.util.List;
import java.util.UUID;

import dev.signals.DurablePublication;
import dev.signals.DurablePublications;
import dev.signals.SignalSnapshot;
import dev.signals.dispatch.Receiver;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * {@link DurablePublications} on Spring Modulith's event publication repository.
 */
final class RegistryDurablePublications implements DurablePublications {

	private final DurableReceiverLookup lookup;

	private final DeliveryAttempts attempts;

	RegistryDurablePublications(DurableReceiverLookup lookup, DeliveryAttempts attempts) {
		this.lookup = lookup;
		this.attempts = attempts;
	}

	@Override
	public List<DurablePublication> failed() {
		return this.lookup.withStatus(Status.FAILED).stream().map(RegistryDurablePublications::describe).toList();
	}

	@Override
	public List<DurablePublication> incomplete() {
		return this.lookup.incomplete().stream().map(RegistryDurablePublications::describe).toList();
	}

	@Override
	public boolean resubmit(UUID id) {
		for (TargetEventPublication publication : this.lookup.withStatus(Status.FAILED)) {
			if (publication.getIdentifier().equals(id)) {
				return resubmit(publication);
			}
		}
		return false;
	}

	@Override
	public int resubmitFailed() {
		int delivered = 0;
		for (TargetEventPublication publication : this.lookup.withStatus(Status.FAILED)) {
			if (resubmit(publication)) {
				delivered++;
			}
		}
		return delivered;
	}

	private boolean resubmit(TargetEventPublication publication) {
		Receiver receiver = this.lookup.receiver(publication);
		return receiver != null && this.attempts.resubmit(receiver, publication, false);
	}

	private static DurablePublication describe(TargetEventPublication publication) {
		return new DurablePublication(publication.getIdentifier(), RegistryDurableDelivery.receiverId(publication),
				(SignalSnapshot<?>) publication.getEvent(), status(publication.getStatus()),
				publication.getPublicationDate(), Math.max(0, publication.getCompletionAttempts() - 1),
				publication.getLastResubmissionDate());
	}

	private static DurablePublication.Status status(Status status) {
		return switch (status) {
			case PUBLISHED -> DurablePublication.Status.PUBLISHED;
			case PROCESSING, RESUBMITTED -> DurablePublication.Status.RESUBMITTED;
			case FAILED -> DurablePublication.Status.FAILED;
			case COMPLETED -> DurablePublication.Status.COMPLETED;
		};
	}

}
