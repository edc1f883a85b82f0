package dev.signals;

/**
 * The kinds of model signal, one per Django model signal.
 *
 * @since 0.1.0
 */
public enum SignalType {

	/** Before an entity loaded from the database is populated (Django's {@code pre_init}). */
	PRE_INIT,

	/** After an entity loaded from the database is populated (Django's {@code post_init}). */
	POST_INIT,

	/** Before the row's INSERT or UPDATE (Django's {@code pre_save}). */
	PRE_SAVE,

	/** After the row's INSERT or UPDATE, inside the transaction (Django's {@code post_save}). */
	POST_SAVE,

	/** Before any SQL of a deletion runs (Django's {@code pre_delete}). */
	PRE_DELETE,

	/** After the row's DELETE, inside the transaction (Django's {@code post_delete}). */
	POST_DELETE,

	/** Around a change of a many-to-many relation (Django's {@code m2m_changed}). */
	M2M_CHANGED,

	/**
	 * After a bulk JPQL or Criteria update or delete, which writes rows without entities (a
	 * {@link BulkChanged} signal; Django sends nothing for bulk updates).
	 */
	BULK_CHANGED,

	/** A custom signal sent with {@link Signals#send}: a {@link SignalEvent}. */
	CUSTOM;

	/**
	 * Whether signals of this type are {@link ModelSignal}s about one entity instance.
	 * @return {@code true} for the model signal types
	 */
	public boolean isModelSignal() {
		return this != BULK_CHANGED && this != CUSTOM;
	}

}
