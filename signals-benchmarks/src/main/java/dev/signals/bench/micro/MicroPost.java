package dev.signals.bench.micro;

/**
 * The entity the micro-benchmarks send signals about. No database is involved, so it is a
 * plain object.
 */
public final class MicroPost {

	private final String title;

	/**
	 * Create a post.
	 * @param title the title
	 */
	public MicroPost(String title) {
		this.title = title;
	}

	/**
	 * The title.
	 * @return the title
	 */
	public String title() {
		return this.title;
	}

}
