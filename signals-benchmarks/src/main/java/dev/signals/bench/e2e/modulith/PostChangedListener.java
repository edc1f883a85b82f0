package dev.signals.bench.e2e.modulith;

import dev.signals.bench.e2e.registry.RegistryWork;

import org.springframework.modulith.events.ApplicationModuleListener;

/**
 * Spring Modulith's durable listener of the domain events: each event is stored in the
 * registry by the writing transaction, and delivered after the commit on the task executor,
 * in a transaction of its own, between the registry's updates that mark it in progress and
 * completed. The same work as the signal receivers.
 */
public class PostChangedListener {

	private final RegistryWork work;

	/**
	 * Create the listener.
	 * @param work where the listener records its work
	 */
	public PostChangedListener(RegistryWork work) {
		this.work = work;
	}

	/**
	 * Receive a domain event, after the commit.
	 * @param event the event
	 */
	@ApplicationModuleListener
	public void changed(PostChanged event) {
		this.work.record();
	}

}
