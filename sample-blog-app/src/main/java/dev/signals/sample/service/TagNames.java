package dev.signals.sample.service;

import java.util.Collection;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The one spelling of tag names: trimmed, lower case, no empty names, no duplicates.
 */
final class TagNames {

	/** The longest name the {@code tag} table holds. */
	private static final int MAX_LENGTH = 40;

	private static final Pattern LETTERS_DIGITS_HYPHENS = Pattern.compile("[\\p{L}\\p{N}-]+");

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

	/**
	 * Whether a name is letters, digits and hyphens, blanks around aside, whose spelling fits
	 * the table: lower-casing can make a name longer ({@code "İ"} becomes an {@code "i"} and
	 * a combining dot, two characters).
	 */
	static boolean isValid(String name) {
		return LETTERS_DIGITS_HYPHENS.matcher(name.trim()).matches() && normalize(name).length() <= MAX_LENGTH;
	}

	static String normalize(String name) {
		return (name != null) ? name.trim().toLowerCase(Locale.ROOT) : "";
	}

}
