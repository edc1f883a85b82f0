package dev.signals.bench.e2e.audit;

import dev.signals.PostSave;
import dev.signals.SignalReceiver;

/**
 * The {@code writer} variant's receiver: an immediate post-save receiver that writes the
 * audit row of each created post, Django's classic "create a profile for every new user".
 * It is delivered once the flush that inserted the post has ended, and the flush writes the
 * audit rows before it returns.
 */
public class AuditReceiver {

	private final PostAuditTrail trail;

	/**
	 * Create the receiver.
	 * @param trail what it does for each created post
	 */
	public AuditReceiver(PostAuditTrail trail) {
		this.trail = trail;
	}

	/**
	 * Audit a created post; updates are received too, and do nothing.
	 * @param signal the post-save signal
	 */
	@SignalReceiver
	public void saved(PostSave<AuditedPost> signal) {
		if (signal.created()) {
			this.trail.inserted(signal.instance());
		}
	}

}
