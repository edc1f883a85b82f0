package dev.signals.sample.service;

import java.util.Optional;

/**
 * What the blog accepts as text a person typed, and how it trims it. PostgreSQL refuses a
 * NUL character and stores an unpaired surrogate as {@code ?}, control characters have no
 * business in a title, and a title of spaces, zero-width spaces or other invisible characters
 * is as good as none: these are refused here, with a message that says where.
 */
public final class Texts {

	private Texts() {
	}

	/**
	 * The text without whitespace and invisible characters at either end.
	 * @param text the text
	 * @return the trimmed text
	 */
	public static String trim(String text) {
		return text.substring(start(text), end(text));
	}

	/**
	 * Whether a text has something to see once trimmed.
	 * @param text the text, possibly {@code null}
	 * @return whether it is missing or blank
	 */
	public static boolean isBlank(String text) {
		return text == null || trim(text).isEmpty();
	}

	/**
	 * What is wrong with a text, if anything.
	 * @param text the text
	 * @param max the most code points the trimmed text may have
	 * @param multiline whether line breaks and tabs are allowed inside it
	 * @return the problem, for people, or empty when the text is fine
	 */
	public static Optional<String> problem(String text, int max, boolean multiline) {
		int start = start(text);
		int end = end(text);
		int position = 1;
		for (int i = 0; i < text.length(); position++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i += 2;
				continue;
			}
			if (Character.isSurrogate(c)) {
				return Optional.of("must not contain an unpaired surrogate (" + codePoint(c) + " at character "
						+ position + ")");
			}
			// Tabs and line breaks are allowed in multi-line text, and around any text.
			boolean inside = i >= start && i < end;
			boolean layout = c == '\t' || c == '\n' || c == '\r';
			if (Character.getType(c) == Character.CONTROL && !(layout && (multiline || !inside))) {
				if (layout) {
					return Optional.of((c == '\t') ? "must not contain tabs" : "must be a single line");
				}
				return Optional.of("must not contain control characters (" + codePoint(c) + " at character " + position
						+ ")");
			}
			i++;
		}
		if (start == end) {
			return Optional.of("must not be blank");
		}
		int length = text.codePointCount(start, end);
		if (length > max) {
			return Optional.of("must be at most " + max + " characters (it has " + length + ")");
		}
		return Optional.empty();
	}

	/**
	 * A code point as people write it, such as {@code U+0000}.
	 */
	private static String codePoint(int codePoint) {
		return String.format("U+%04X", codePoint);
	}

	private static int start(String text) {
		int start = 0;
		while (start < text.length() && isInvisible(text.codePointAt(start))) {
			start += Character.charCount(text.codePointAt(start));
		}
		return start;
	}

	private static int end(String text) {
		int end = text.length();
		while (end > 0 && isInvisible(text.codePointBefore(end))) {
			end -= Character.charCount(text.codePointBefore(end));
		}
		return Math.max(end, start(text));
	}

	/**
	 * Whitespace, space separators (such as the no-break space), format characters (such as
	 * the zero-width space, joiners and direction marks) and the fillers that show nothing.
	 */
	private static boolean isInvisible(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
				|| Character.getType(codePoint) == Character.FORMAT || codePoint == 0x115F || codePoint == 0x1160
				|| codePoint == 0x3164 || codePoint == 0xFFA0 || codePoint == 0x2800;
	}

}
