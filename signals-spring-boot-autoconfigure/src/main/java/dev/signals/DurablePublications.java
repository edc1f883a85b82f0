package dev.signals;

import java.util.List;
import java.util.UUID;

/**
 * Lists and resubmits the stored deliveries of {@linkplain SignalReceiver#durable() durable
 * receivers}. A bean of this type exists when durable receivers can (Spring Modulith's JDBC
 * event publication registry on the class path).
 *
 * @since 0.2.0
 */
public interface DurablePublications {

	/**
	 * The deliveries whose every attempt failed.
	 * @return the failed publications, oldest first
	 */
	List<DurablePublication> failed();

	/**
	 * The deliveries not completed yet: published, being delivered, or failed.
	 * @return the incomplete publications, oldest first
	 */
	List<DurablePublication> incomplete();

	/**
	 * Deliver a failed publication again, now, on the calling thread: one attempt, after
	 * which it is completed or failed again.
	 * @param id the publication's identifier
	 * @return whether the receiver ran without failing; {@code false} too when the
	 * publication is not failed (delivered meanwhile, or claimed by another instance)
	 */
	boolean resubmit(UUID id);

	/**
	 * Deliver every failed publication again, as {@link #resubmit(UUID)} does.
	 * @return how many were delivered without failing
	 */
	int resubmitFailed();

}
