package dev.signals;

import org.jspecify.annotations.Nullable;

/**
 * What one receiver did with a custom signal (one entry of Django's {@code send} result).
 *
 * @param receiverId the receiver's id
 * @param phase the receiver's phase; for any phase but {@link Phase#IMMEDIATE} the receiver
 * is queued on the transaction and the response is empty, unless the signal was sent outside
 * a transaction: then the receiver has run at once and the response says what it did
 * @param value what the receiver returned, {@code null} for a {@code void} receiver
 * @param error what the receiver threw (with {@link Signals#sendRobust}, or when the failure
 * policy of its phase is {@code log}), or {@code null}
 * @since 0.1.0
 */
public record SignalResponse(String receiverId, Phase phase, @Nullable Object value, @Nullable Throwable error) {

	/**
	 * Whether the receiver threw an exception.
	 * @return {@code true} when {@link #error()} is set
	 */
	public boolean failed() {
		return this.error != null;
	}

	/**
	 * Whether the receiver belongs to a later phase of the transaction: it was queued on the
	 * transaction, or, sent outside one, it ran at once.
	 * @return {@code true} for receivers of any phase but {@link Phase#IMMEDIATE}
	 */
	public boolean deferred() {
		return this.phase != Phase.IMMEDIATE;
	}

}
