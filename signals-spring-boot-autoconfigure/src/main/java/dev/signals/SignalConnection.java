package dev.signals;

/**
 * A receiver connected with {@link Signals#connect}.
 *
 * @since 0.1.0
 */
public interface SignalConnection {

	/**
	 * The receiver's id.
	 * @return the id
	 */
	String id();

	/**
	 * Disconnect the receiver; it may be called while the receiver runs.
	 * @return whether the receiver was still connected
	 */
	boolean disconnect();

}
