package dev.signals.sample.service;

/**
 * Thrown when an id or name names nothing; answered with 404.
 */
public class NotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * Create an exception.
	 * @param kind what was looked for, such as {@code Article}
	 * @param key the id or name looked for
	 */
	public NotFoundException(String kind, Object key) {
		super(kind + " " + key + " does not exist");
	}

}
