package dev.signals;

/**
 * The kind of bulk statement a {@link BulkChanged} reports.
 *
 * @since 0.1.0
 */
public enum BulkOperation {

	/** A bulk {@code insert ... select}. */
	INSERT,

	/** A bulk {@code update}. */
	UPDATE,

	/** A bulk {@code delete}. */
	DELETE

}
