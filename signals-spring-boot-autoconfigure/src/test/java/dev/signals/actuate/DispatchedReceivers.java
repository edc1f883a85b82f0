package dev.signals.actuate;

import java.util.ArrayList;
import java.util.List;

import dev.signals.Phase;
import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;

import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Async;

/**
 * Receivers of {@link Dispatched}: one that throws when asked to, one declared {@code @Async}.
 */
public class DispatchedReceivers {

	final List<String> received = new ArrayList<>();

	/**
	 * Receive the signal.
	 * @param event the signal
	 */
	@SignalReceiver(id = "dispatched-receiver", condition = "payload != null")
	@Order(5)
	public void receive(SignalEvent<Dispatched> event) {
		this.received.add("dispatched-receiver");
		if (event.payload().fail()) {
			throw new IllegalStateException("asked to fail");
		}
	}

	/**
	 * Receive the signal after commit, on the task executor (no executor here: it runs on
	 * the caller's thread).
	 * @param event the signal
	 */
	@Async
	@SignalReceiver(id = "dispatched-later", phase = Phase.AFTER_COMMIT)
	public void later(SignalEvent<Dispatched> event) {
		this.received.add("dispatched-later");
	}

}
