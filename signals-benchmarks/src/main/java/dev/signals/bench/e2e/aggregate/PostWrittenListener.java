package dev.signals.bench.e2e.aggregate;

import dev.signals.bench.e2e.WorkCounter;

import org.springframework.context.event.EventListener;

/**
 * The Spring listener of the domain events: the same work as the signal receivers.
 */
public class PostWrittenListener {

	private final WorkCounter work;

	/**
	 * Create the listener.
	 * @param work where the listener records its work
	 */
	public PostWrittenListener(WorkCounter work) {
		this.work = work;
	}

	/**
	 * Receive a domain event.
	 * @param event the event
	 */
	@EventListener
	public void written(PostWritten event) {
		this.work.record();
	}

}
