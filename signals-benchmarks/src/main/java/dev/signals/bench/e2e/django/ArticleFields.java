package dev.signals.bench.e2e.django;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.signals.bench.e2e.model.PostFields;
import jakarta.persistence.MappedSuperclass;

/**
 * The mapping of the Django seeds' article: a post with the slug and the word count that a
 * pre-save hook derives from its title and body before every insert and update.
 */
@MappedSuperclass
public abstract class ArticleFields extends PostFields {

	private static final Pattern NOT_IN_SLUG = Pattern.compile("[^a-z0-9]+");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private String slug;

	private int wordCount;

	protected ArticleFields() {
	}

	protected ArticleFields(String title, String body) {
		super(title, body);
	}

	/**
	 * Derive the slug from the title and count the words of the body: the work of the
	 * pre-save hook, whichever mechanism calls it.
	 */
	public void fillSlugAndWordCount() {
		this.slug = NOT_IN_SLUG.matcher(content().getTitle().toLowerCase(Locale.ROOT)).replaceAll("-");
		String body = content().getBody().strip();
		this.wordCount = body.isEmpty() ? 0 : WHITESPACE.split(body).length;
	}

}
