package dev.signals.it;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * What the test receivers saw, in order, with a detail each receiver measured at that
 * moment; and failures to inject into receivers by label.
 */
@Component
public class SignalLog {

	private final List<Entry> entries = new CopyOnWriteArrayList<>();

	private final Map<String, Supplier<RuntimeException>> failures = new ConcurrentHashMap<>();

	public void record(String label, Object signal, Object detail) {
		this.entries.add(new Entry(label, signal, detail));
		Supplier<RuntimeException> failure = this.failures.get(label);
		if (failure != null) {
			throw failure.get();
		}
	}

	public void failOn(String label, Supplier<RuntimeException> failure) {
		this.failures.put(label, failure);
	}

	public List<Entry> entries() {
		return List.copyOf(this.entries);
	}

	public List<String> labels() {
		return this.entries.stream().map(Entry::label).toList();
	}

	public List<Entry> entries(String label) {
		return this.entries.stream().filter((entry) -> entry.label().equals(label)).toList();
	}

	public Entry only(String label) {
		List<Entry> matching = entries(label);
		if (matching.size() != 1) {
			throw new AssertionError("Expected one '" + label + "' entry but got " + matching + " in " + labels());
		}
		return matching.get(0);
	}

	public void clear() {
		this.entries.clear();
		this.failures.clear();
	}

	public record Entry(String label, Object signal, Object detail) {

		public <S> S as(Class<S> type) {
			return type.cast(this.signal);
		}

	}

}
