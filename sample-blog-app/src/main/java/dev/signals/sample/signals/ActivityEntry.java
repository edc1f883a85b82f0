package dev.signals.sample.signals;

import java.time.Instant;

import dev.signals.DeleteSignal;
import dev.signals.M2MChanged;
import dev.signals.ModelSignal;
import dev.signals.Phase;
import dev.signals.SaveSignal;
import dev.signals.SignalType;

/**
 * One signal as the Activity page shows it.
 *
 * @param at when it was received
 * @param type the signal type
 * @param phase the phase of the receiver that recorded it
 * @param entity the entity class's simple name
 * @param entityId the instance's id, {@code null} before its insert
 * @param details the changed fields, {@code created}, the m2m action and keys, or the origin
 * of a cascade
 */
public record ActivityEntry(Instant at, SignalType type, Phase phase, String entity, Object entityId,
		String details) {

	static ActivityEntry of(ModelSignal<?> signal, Phase phase, Object entityId) {
		return new ActivityEntry(Instant.now(), signal.type(), phase, signal.sender().getSimpleName(), entityId,
				details(signal));
	}

	private static String details(ModelSignal<?> signal) {
		if (signal instanceof SaveSignal<?> save) {
			return save.created() ? "created" : "changed " + String.join(", ", save.updateFields());
		}
		if (signal instanceof M2MChanged<?> changed) {
			return changed.action() + " " + changed.field() + " " + changed.pkSet();
		}
		if (signal instanceof DeleteSignal<?> delete && delete.origin() != delete.instance()) {
			return "cascaded from " + delete.origin().getClass().getSimpleName();
		}
		return "";
	}

}
