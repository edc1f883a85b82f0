package dev.signals;

import org.mockito.Answers;
import org.mockito.MockedConstruction;

import static org.mockito.Mockito.mockConstruction;
import static org.mockito.Mockito.withSettings;

/**
 * Counts the signal objects built, for the tests that prove that a signal nobody receives is
 * never built.
 */
public final class SignalConstructions {

	private SignalConstructions() {
	}

	/**
	 * Count the signals of a class built on this thread until the result is closed; they
	 * behave as real ones, but without the constructor's state.
	 * @param <T> the signal class
	 * @param signalClass the signal class
	 * @return the constructions, {@link MockedConstruction#constructed()} lists them
	 */
	public static <T> MockedConstruction<T> counting(Class<T> signalClass) {
		return mockConstruction(signalClass, withSettings().defaultAnswer(Answers.CALLS_REAL_METHODS));
	}

}
