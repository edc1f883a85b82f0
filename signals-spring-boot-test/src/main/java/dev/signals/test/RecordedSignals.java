package dev.signals.test;

import java.util.List;

import dev.signals.SignalType;

/**
 * The signals sent during the current test method, in the order they were sent.
 *
 * @since 0.1.0
 */
public interface RecordedSignals {

	/**
	 * Every recorded signal: model signals, {@code BulkChanged} and {@code SignalEvent}s.
	 * @return the signals, oldest first
	 */
	List<Object> all();

	/**
	 * The recorded signals of one class, such as {@code PostSave.class}.
	 * @param <S> the signal class
	 * @param signalClass the signal class
	 * @return the matching signals, oldest first
	 */
	<S> List<S> of(Class<S> signalClass);

	/**
	 * The types of the recorded signals.
	 * @return the types, oldest first
	 */
	List<SignalType> types();

	/**
	 * Forget what was recorded so far.
	 */
	void clear();

}
