package dev.signals.dispatch;

import org.jspecify.annotations.Nullable;

/**
 * Calls the code behind a receiver with one signal.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ReceiverInvoker {

	/**
	 * Hand the signal to the receiver.
	 * @param signal the signal
	 * @return what the receiver returned, {@code null} for a {@code void} receiver
	 * @throws Throwable whatever the receiver throws
	 */
	@Nullable Object invoke(Object signal) throws Throwable;

}
