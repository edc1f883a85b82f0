package dev.signals.sample.signals;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns a title into the words of an address: {@code "Crème Brûlée!"} becomes
 * {@code "creme-brulee"}.
 */
final class Slugs {

	private static final int MAX_LENGTH = 200;

	private Slugs() {
	}

	static String of(String title) {
		String ascii = Normalizer.normalize((title != null) ? title : "", Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH);
		}
		slug = slug.replaceAll("^-+|-+$", "");
		return slug.isEmpty() ? "article" : slug;
	}

}
