package dev.signals.bench.micro;

import org.springframework.context.event.EventListener;

/**
 * The Spring listener of the micro-benchmarks, doing the same work as
 * {@link CountingReceiver}.
 */
public class CountingEventListener extends Tally {

	/**
	 * Receive the event.
	 * @param event the event
	 */
	@EventListener
	public void onSaved(PostSavedEvent event) {
		tally(event);
	}

}
