package dev.signals.it;

import jakarta.persistence.Embeddable;

/**
 * Figures about a revision's text, kept by a pre-save receiver that changes them in place.
 */
@Embeddable
public class RevisionStats {

	private int words;

	public int getWords() {
		return this.words;
	}

	public void setWords(int words) {
		this.words = words;
	}

}
