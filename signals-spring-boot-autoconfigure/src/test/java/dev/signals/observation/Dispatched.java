package dev.signals.observation;

import dev.signals.Signal;

/**
 * The payload of the custom signal that the auto-configuration tests send.
 *
 * @param fail whether the receiver throws
 */
record Dispatched(boolean fail) {

	static final Signal<Dispatched> SIGNAL = Signal.of("dispatched", Dispatched.class);

}
