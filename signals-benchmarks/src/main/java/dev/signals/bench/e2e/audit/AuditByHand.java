package dev.signals.bench.e2e.audit;

import dev.signals.bench.e2e.ByHand;
import dev.signals.bench.e2e.model.BenchPost;

/**
 * The {@code byhand} variant's hook: the workload calls it right after each insert's
 * {@code save}, as an application's service would write the audit row itself.
 */
public class AuditByHand implements ByHand {

	private final PostAuditTrail trail;

	/**
	 * Create the hook.
	 * @param trail what it does for each inserted post
	 */
	public AuditByHand(PostAuditTrail trail) {
		this.trail = trail;
	}

	@Override
	public void inserted(BenchPost post) {
		this.trail.inserted(post);
	}

}
