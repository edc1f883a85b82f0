package dev.signals.sample.service;

import java.util.Collection;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The one spelling of tag names: trimmed, lower case, no empty names, no duplicates.
 */
final class TagNames {

	private TagNames() {
	}

	static SortedSet<String> normalize(Collection<String> names) {
		SortedSet<String> normalized = new TreeSet<>();
		for (String name : names) {
			String spelled = normalize(name);
			if (!spelled.isEmpty()) {
				normalized.add(spelled);
			}
		}
		return normalized;
	}

	static String normalize(String name) {
		return (name != null) ? name.trim().toLowerCase(Locale.ROOT) : "";
	}

}
