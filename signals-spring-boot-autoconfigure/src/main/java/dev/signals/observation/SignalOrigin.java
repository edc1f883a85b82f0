package dev.signals.observation;

import dev.signals.BulkChanged;
import dev.signals.MigrationSignal;
import dev.signals.ModelSignal;
import dev.signals.RequestSignal;
import dev.signals.SignalEvent;
import dev.signals.SignalType;

import org.springframework.util.ClassUtils;

/**
 * The type and sender of a signal object as the dispatcher gets it.
 */
final class SignalOrigin {

	private SignalOrigin() {
	}

	static SignalType type(Object signal) {
		if (signal instanceof ModelSignal<?> model) {
			return model.type();
		}
		if (signal instanceof RequestSignal request) {
			return request.type();
		}
		if (signal instanceof MigrationSignal migration) {
			return migration.type();
		}
		return (signal instanceof BulkChanged<?>) ? SignalType.BULK_CHANGED : SignalType.CUSTOM;
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
