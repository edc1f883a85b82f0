package dev.signals;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The stored delivery of one signal to one {@linkplain SignalReceiver#durable() durable
 * receiver}: a row of Spring Modulith's event publication registry.
 *
 * @param id the publication's identifier (not the snapshot's: a snapshot sent to two durable
 * receivers has two publications)
 * @param receiver the receiver's identifier, as in {@code signals.receivers.<id>}
 * @param snapshot the signal, as the receiver gets it
 * @param status where the delivery stands
 * @param publishedAt when the transaction that sent the signal stored it
 * @param attempts how many attempts were made to deliver it (the registry's
 * {@code COMPLETION_ATTEMPTS} counts one more: Modulith writes 1 when it stores a row)
 * @param lastAttemptAt when it was last claimed, or {@code null}
 * @since 0.2.0
 */
public record DurablePublication(UUID id, String receiver, SignalSnapshot<?> snapshot, Status status,
		Instant publishedAt, int attempts, @Nullable Instant lastAttemptAt) {

	/**
	 * Where a durable delivery stands.
	 */
	public enum Status {

		/** Stored and committed, not yet claimed by an instance. */
		PUBLISHED,

		/** Claimed by an instance that is delivering it (or was, and died). */
		RESUBMITTED,

		/** Every attempt failed; waits for a resubmission. */
		FAILED,

		/** Delivered. */
		COMPLETED

	}

}
