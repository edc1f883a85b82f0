package dev.signals.dispatch;

import dev.signals.SignalType;

/**
 * Decides which signal types and which receivers are switched on.
 *
 * @since 0.1.0
 */
public interface SignalSwitches {

	/** Switches with everything on. */
	SignalSwitches ALL_ON = new SignalSwitches() {
	};

	/**
	 * Whether signals of the given type are sent at all.
	 * @param type the signal type
	 * @return {@code true} by default
	 */
	default boolean isEnabled(SignalType type) {
		return true;
	}

	/**
	 * Whether the receiver with the given identifier is called.
	 * @param receiverId the receiver's identifier
	 * @return {@code true} by default
	 */
	default boolean isReceiverEnabled(String receiverId) {
		return true;
	}

}
