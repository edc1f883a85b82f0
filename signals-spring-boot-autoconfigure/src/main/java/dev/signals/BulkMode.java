package dev.signals;

/**
 * What happens when a bulk JPQL or Criteria statement writes rows of an entity that has
 * receivers, set with {@code signals.bulk}.
 *
 * @since 0.1.0
 */
public enum BulkMode {

	/**
	 * Send a {@link BulkChanged} signal to its receivers; when the entity has receivers of
	 * other signals but none of {@code BulkChanged}, log a warning. The default.
	 */
	SIGNAL,

	/** Log a warning naming the entity, the operation and the row count. */
	WARN,

	/** Do nothing, as Django does. */
	IGNORE

}
