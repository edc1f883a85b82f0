package dev.signals;

/**
 * The kinds of signal: one per Django model, request and migration signal, the bulk signal
 * Django does not have, and custom signals.
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

	/**
	 * Spring MVC starts handling an HTTP request (Django's {@code request_started}): a
	 * {@link RequestStarted} signal.
	 */
	REQUEST_STARTED,

	/**
	 * Spring MVC has handled an HTTP request (Django's {@code request_finished}): a
	 * {@link RequestFinished} signal.
	 */
	REQUEST_FINISHED,

	/**
	 * An exception escaped the handling of an HTTP request (Django's
	 * {@code got_request_exception}): a {@link GotRequestException} signal.
	 */
	GOT_REQUEST_EXCEPTION,

	/**
	 * A schema migration (Flyway, Liquibase, or Hibernate creating or updating the schema) is
	 * about to run (Django's {@code pre_migrate}): a {@link PreMigrate} signal.
	 */
	PRE_MIGRATE,

	/**
	 * A schema migration has run (Django's {@code post_migrate}): a {@link PostMigrate}
	 * signal.
	 */
	POST_MIGRATE,

	/** A custom signal sent with {@link Signals#send}: a {@link SignalEvent}. */
	CUSTOM;

	/**
	 * The type of a signal object, as receivers and listeners get it.
	 * @param signal a model, bulk, request, migration or custom signal
	 * @return its type; {@link #CUSTOM} for anything else
	 */
	public static SignalType of(Object signal) {
		if (signal instanceof ModelSignal<?> model) {
			return model.type();
		}
		if (signal instanceof RequestSignal request) {
			return request.type();
		}
		if (signal instanceof MigrationSignal migration) {
			return migration.type();
		}
		if (signal instanceof SignalSnapshot<?> snapshot) {
			return snapshot.type();
		}
		return (signal instanceof BulkChanged<?>) ? BULK_CHANGED : CUSTOM;
	}

	/**
	 * Whether signals of this type are {@link ModelSignal}s about one entity instance.
	 * @return {@code true} for the model signal types
	 */
	public boolean isModelSignal() {
		return switch (this) {
			case PRE_INIT, POST_INIT, PRE_SAVE, POST_SAVE, PRE_DELETE, POST_DELETE, M2M_CHANGED -> true;
			default -> false;
		};
	}

	/**
	 * Whether signals of this type are {@link RequestSignal}s about an HTTP request.
	 * @return {@code true} for {@link #REQUEST_STARTED}, {@link #REQUEST_FINISHED} and
	 * {@link #GOT_REQUEST_EXCEPTION}
	 */
	public boolean isRequestSignal() {
		return this == REQUEST_STARTED || this == REQUEST_FINISHED || this == GOT_REQUEST_EXCEPTION;
	}

	/**
	 * Whether signals of this type are {@link MigrationSignal}s about a schema migration.
	 * @return {@code true} for {@link #PRE_MIGRATE} and {@link #POST_MIGRATE}
	 */
	public boolean isMigrationSignal() {
		return this == PRE_MIGRATE || this == POST_MIGRATE;
	}

}
