package dev.signals;

import java.util.Map;

import org.springframework.util.ClassUtils;

/**
 * Builds the {@link SignalSnapshot} of each kind of signal.
 */
final class Snapshots {

	private Snapshots() {
	}

	static <T> SignalSnapshot<T> of(ModelSignal<T> signal) {
		SignalSnapshot.Builder<T> builder = SignalSnapshot.builder(signal.type(), signal.sender())
			.entityId(EntityValues.idOf(signal.instance()));
		if (signal instanceof SaveSignal<T> save) {
			builder.created(save.created())
				.updateFields(save.updateFields())
				.previous(save.created() ? Map.of() : EntityValues.values(save.previousState()))
				.current(EntityValues.values(save.currentState()));
		}
		else if (signal instanceof M2MChanged<T> m2m) {
			builder.m2m(m2m.action(), m2m.field(), m2m.reverse(), m2m.pkSet());
		}
		else if (signal instanceof InitSignal<T> init) {
			builder.entityId(init.id());
		}
		return builder.build();
	}

	static <T> SignalSnapshot<T> of(BulkChanged<T> signal) {
		return SignalSnapshot.builder(SignalType.BULK_CHANGED, signal.sender())
			.current(Map.of("operation", signal.operation(), "rowCount", signal.rowCount()))
			.build();
	}

	@SuppressWarnings("unchecked")
	static <P> SignalSnapshot<Object> of(SignalEvent<P> signal) {
		Class<Object> sender = (Class<Object>) ClassUtils.getUserClass(signal.sender());
		return SignalSnapshot.builder(SignalType.CUSTOM, sender)
			.custom(signal.signal().name(), signal.payload())
			.build();
	}

}
