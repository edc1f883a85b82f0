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

	/**
	 * Switch a receiver on or off from now on. Called by
	 * {@link ReceiverRegistry#switchReceiver}, which refreshes the routes afterwards; safe
	 * from any thread.
	 * @param receiverId the receiver's identifier
	 * @param enabled whether it is called
	 * @throws UnsupportedOperationException by default: these switches cannot change
	 */
	default void switchReceiver(String receiverId, boolean enabled) {
		throw new UnsupportedOperationException("These signal switches (" + getClass().getName()
				+ ") are fixed; receivers cannot be switched at run time");
	}

}
