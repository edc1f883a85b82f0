package dev.signals.bench.e2e.durable;

import dev.signals.Phase;
import dev.signals.SignalReceiver;
import dev.signals.SignalSnapshot;
import dev.signals.SignalType;
import dev.signals.bench.e2e.plain.PlainPost;
import dev.signals.bench.e2e.registry.RegistryInfrastructure;
import dev.signals.bench.e2e.registry.RegistryWork;

import org.springframework.context.annotation.Import;

/**
 * One durable receiver of the post-save and post-delete signals of posts: each delivery is
 * stored in Spring Modulith's JDBC event publication registry by the writing transaction,
 * then made on the committing thread once the transaction manager has finished (the row
 * claimed, the receiver called, the row marked completed). The same work as the other
 * receivers.
 */
@Import(RegistryInfrastructure.class)
public class DurablePostReceiver {

	/** The identifier of the receiver. */
	public static final String ID = "bench-durable";

	private final RegistryWork work;

	/**
	 * Create the receiver.
	 * @param work where the receiver records its work
	 */
	public DurablePostReceiver(RegistryWork work) {
		this.work = work;
	}

	/**
	 * Receive a snapshot of a post-save or post-delete signal, after the commit.
	 * @param snapshot the snapshot
	 */
	@SignalReceiver(value = { SignalType.POST_SAVE, SignalType.POST_DELETE }, id = ID, phase = Phase.AFTER_COMMIT,
			durable = true)
	public void received(SignalSnapshot<PlainPost> snapshot) {
		this.work.record();
	}

}
