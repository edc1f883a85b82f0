package dev.signals.sample.signals;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The latest signals the blog received, kept in memory up to a bounded number
 * ({@code blog.activity.capacity}); the oldest go first.
 */
@Component
public class ActivityLog {

	private final int capacity;

	private final Deque<ActivityEntry> entries = new ArrayDeque<>();

	ActivityLog(@Value("${blog.activity.capacity:200}") int capacity) {
		this.capacity = capacity;
	}

	/**
	 * Add an entry, dropping the oldest when full.
	 * @param entry the entry
	 */
	public synchronized void record(ActivityEntry entry) {
		if (this.entries.size() == this.capacity) {
			this.entries.removeLast();
		}
		this.entries.addFirst(entry);
	}

	/**
	 * The entries, newest first.
	 * @return a copy of the entries
	 */
	public synchronized List<ActivityEntry> newestFirst() {
		return List.copyOf(this.entries);
	}

}
