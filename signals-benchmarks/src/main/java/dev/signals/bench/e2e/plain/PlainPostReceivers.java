package dev.signals.bench.e2e.plain;

import dev.signals.M2MAction;
import dev.signals.M2MChanged;
import dev.signals.ModelSignal;
import dev.signals.Phase;
import dev.signals.SignalReceiver;
import dev.signals.SignalType;
import dev.signals.bench.e2e.WorkCounter;

/**
 * One receiver of the post-save and post-delete signals of posts in each phase the
 * benchmark measures, and one of the tags added to posts. A variant switches off the one it does not measure with
 * {@code signals.receivers.<id>=false}, so that its routes hold exactly one receiver.
 */
public class PlainPostReceivers {

	/** The identifier of the immediate receiver. */
	public static final String IMMEDIATE = "bench-immediate";

	/** The identifier of the after-commit receiver. */
	public static final String AFTER_COMMIT = "bench-after-commit";

	/** The identifier of the immediate m2m_changed receiver. */
	public static final String M2M = "bench-m2m";

	private final WorkCounter work;

	/**
	 * Create the receivers.
	 * @param work where the receivers record their work
	 */
	public PlainPostReceivers(WorkCounter work) {
		this.work = work;
	}

	/**
	 * Receive in the {@link Phase#IMMEDIATE} phase.
	 * @param signal the post-save or post-delete signal
	 */
	@SignalReceiver(value = { SignalType.POST_SAVE, SignalType.POST_DELETE }, id = IMMEDIATE)
	public void immediate(ModelSignal<PlainPost> signal) {
		this.work.record();
	}

	/**
	 * Receive in the {@link Phase#AFTER_COMMIT} phase.
	 * @param signal the post-save or post-delete signal
	 */
	@SignalReceiver(value = { SignalType.POST_SAVE, SignalType.POST_DELETE }, id = AFTER_COMMIT,
			phase = Phase.AFTER_COMMIT)
	public void afterCommit(ModelSignal<PlainPost> signal) {
		this.work.record();
	}

	/**
	 * Receive the tags added to a post, in the {@link Phase#IMMEDIATE} phase.
	 * @param signal an m2m change of a post's tags
	 */
	@SignalReceiver(id = M2M)
	public void tagged(M2MChanged<PlainPost> signal) {
		if (signal.action() == M2MAction.POST_ADD) {
			this.work.record();
		}
	}

}
