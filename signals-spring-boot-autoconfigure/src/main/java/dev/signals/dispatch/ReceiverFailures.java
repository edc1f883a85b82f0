package dev.signals.dispatch;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Logs and counts the failures of receivers that the caller does not get: isolated ones,
 * and those of receivers that run after the transaction completed.
 */
final class ReceiverFailures {

	private static final Log logger = LogFactory.getLog(ReceiverFailures.class);

	private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

	void record(Receiver receiver, Object signal, RuntimeException failure) {
		this.counts.computeIfAbsent(receiver.id(), (id) -> new LongAdder()).increment();
		logger.error("Signal receiver " + receiver + " failed in phase " + receiver.phase() + " on " + signal, failure);
	}

	Map<String, Long> counts() {
		Map<String, Long> snapshot = new TreeMap<>();
		this.counts.forEach((id, count) -> snapshot.put(id, count.sum()));
		return snapshot;
	}

}
