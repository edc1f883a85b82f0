package dev.signals.bench.e2e.audit;

import dev.signals.bench.e2e.WorkCounter;
import dev.signals.bench.e2e.model.BenchPost;

/**
 * The work of both audit variants, whoever calls it: save one new {@link PostAudit} for an
 * inserted post and record one unit of work.
 */
public class PostAuditTrail {

	private final PostAuditRepository audits;

	private final WorkCounter work;

	/**
	 * Create the trail.
	 * @param audits where the audit rows are saved
	 * @param work where the work is recorded
	 */
	public PostAuditTrail(PostAuditRepository audits, WorkCounter work) {
		this.audits = audits;
		this.work = work;
	}

	/**
	 * Save the audit row of a post that has just been inserted.
	 * @param post the post, with its identifier
	 */
	public void inserted(BenchPost post) {
		this.audits.save(new PostAudit(post.getId()));
		this.work.record();
	}

}
