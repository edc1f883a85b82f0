package dev.signals.observation;

import dev.signals.BulkChanged;
import dev.signals.ModelSignal;
import dev.signals.SignalEvent;

import org.springframework.util.ClassUtils;

/**
 * The sender of a signal object as the dispatcher gets it (its type: {@link dev.signals.SignalType#of}).
 */
final class SignalOrigin {

	private SignalOrigin() {
	}

	/**
	 * The entity class of a model or bulk signal, the class of the sending object of a custom
	 * signal (the class it was declared as, not the class of its CGLIB proxy).
	 */
	static Class<?> sender(Object signal) {
		if (signal instanceof ModelSignal<?> model) {
			return model.sender();
		}
		if (signal instanceof BulkChanged<?> bulk) {
			return bulk.sender();
		}
		return ClassUtils.getUserClass((signal instanceof SignalEvent<?> event) ? event.sender() : signal);
	}

}
