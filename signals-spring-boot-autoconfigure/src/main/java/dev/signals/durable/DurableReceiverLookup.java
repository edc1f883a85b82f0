package dev.signals.durable;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.signals.dispatch.Receiver;
import dev.signals.dispatch.ReceiverRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * Finds the publications of durable receivers in the registry, and the receivers they are
 * for.
 */
final class DurableReceiverLookup {

	private static final Log logger = LogFactory.getLog(DurableReceiverLookup.class);

	private final EventPublicationRepository repository;

	private final ReceiverRegistry receivers;

	private final Set<String> reportedMissing = ConcurrentHashMap.newKeySet();

	DurableReceiverLookup(EventPublicationRepository repository, ReceiverRegistry receivers) {
		this.repository = repository;
		this.receivers = receivers;
	}

	/**
	 * Whether the application has durable receivers at all.
	 * @return whether one is registered
	 */
	boolean anyDurableReceiver() {
		return this.receivers.receivers().stream().anyMatch(Receiver::isDurable);
	}

	/**
	 * The publications of durable receivers in a status, oldest first.
	 * @param status the status
	 * @return the publications
	 */
	List<TargetEventPublication> withStatus(Status status) {
		return ours(this.repository.findByStatus(status));
	}

	/**
	 * The publications of durable receivers not completed, oldest first.
	 * @return the publications
	 */
	List<TargetEventPublication> incomplete() {
		return ours(this.repository.findIncompletePublications());
	}

	private static List<TargetEventPublication> ours(List<TargetEventPublication> publications) {
		return publications.stream()
			.filter((publication) -> RegistryDurableDelivery.receiverId(publication) != null)
			.sorted(Comparator.comparing(TargetEventPublication::getPublicationDate))
			.toList();
	}

	/**
	 * The enabled durable receiver a publication is for.
	 * @param publication a publication of a durable receiver
	 * @return the receiver, or {@code null} (logged once) when this application has none
	 * by that id, or it is switched off
	 */
	@Nullable Receiver receiver(TargetEventPublication publication) {
		String id = RegistryDurableDelivery.receiverId(publication);
		Receiver receiver = (id != null) ? this.receivers.find(id) : null;
		if (receiver != null && receiver.isDurable() && this.receivers.isReceiverEnabled(receiver.id())) {
			return receiver;
		}
		if (id != null && this.reportedMissing.add(id)) {
			logger.warn("Durable publications for receiver '" + id + "' wait in the event publication registry, but "
					+ "this application has no enabled durable receiver with that id; they are left as they are");
		}
		return null;
	}

}
