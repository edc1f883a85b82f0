package dev.signals.externalization;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.signals.SignalSnapshot;
import tools.jackson.databind.json.JsonMapper;

/**
 * A snapshot as it goes to a broker: its JSON, and headers that let consumers route and
 * deduplicate without parsing it.
 *
 * @param id the snapshot's id, also the message id: the consumers' idempotency key
 * @param json the snapshot as JSON
 * @param headers {@code signals-type}, {@code signals-sender}, {@code signals-entity-id} and
 * {@code signals-snapshot-id}
 */
record ExternalMessage(String id, String json, Map<String, String> headers) {

	static ExternalMessage of(SignalSnapshot<?> snapshot, JsonMapper mapper) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("signals-type", snapshot.type().name());
		headers.put("signals-sender", snapshot.sender().getName());
		if (snapshot.entityId() != null) {
			headers.put("signals-entity-id", String.valueOf(snapshot.entityId()));
		}
		headers.put("signals-snapshot-id", snapshot.id().toString());
		return new ExternalMessage(snapshot.id().toString(), mapper.writeValueAsString(snapshot), headers);
	}

}
