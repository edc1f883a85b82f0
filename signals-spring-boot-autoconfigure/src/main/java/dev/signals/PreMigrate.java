package dev.signals;

/**
 * Sent before a schema migration runs (Django's {@code pre_migrate}): before Flyway's
 * {@code migrate}, before Liquibase's update, before Hibernate creates or updates the schema.
 * It is sent for every run, also when there turns out to be nothing to apply. A migration
 * that runs while the context starts is signalled once the context has been refreshed (see
 * {@link MigrationSignal}), so that a receiver cannot act before it; a receiver that must,
 * belongs in the tool itself (a Flyway {@code Callback}, a Liquibase changeset).
 *
 * @since 0.1.0
 */
public final class PreMigrate extends MigrationSignal {

	private static final long serialVersionUID = 1L;

	/**
	 * Create a signal.
	 * @param tool what migrates the schema
	 */
	public PreMigrate(MigrationTool tool) {
		super(tool);
	}

	@Override
	public SignalType type() {
		return SignalType.PRE_MIGRATE;
	}

}
