package dev.signals.observation;

import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;

/**
 * Receives {@link Dispatched}, and throws when asked to.
 */
public class DispatchedReceiver {

	/**
	 * Receive the signal.
	 * @param event the signal
	 */
	@SignalReceiver(id = "dispatched-receiver")
	public void receive(SignalEvent<Dispatched> event) {
		if (event.payload().fail()) {
			throw new IllegalStateException("asked to fail");
		}
	}

}
