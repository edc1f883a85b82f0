package dev.signals.actuate;

import dev.signals.Signal;

/**
 * The payload of the custom signal of the actuator tests.
 *
 * @param fail whether the receiver throws
 */
record Dispatched(boolean fail) {

	static final Signal<Dispatched> SIGNAL = Signal.of("dispatched", Dispatched.class);

}
