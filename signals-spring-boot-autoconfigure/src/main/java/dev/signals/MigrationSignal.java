package dev.signals;

import org.springframework.context.ApplicationEvent;

/**
 * A signal about a schema migration: {@link PreMigrate} or {@link PostMigrate} (Django's
 * management signals). A receiver declared with this type receives both.
 *
 * <p>Migrations usually run while the application context starts, before most beans
 * (receivers among them) exist. Until the context has been refreshed, migration signals are
 * therefore held, in the order they happened, and delivered once it has been
 * ({@code ContextRefreshedEvent}) to the receivers and listeners there are then; after that,
 * they are delivered while the migration runs. Either way each receiver gets each signal
 * once. They are not sent in a transaction and have no sender: receivers run where they are
 * delivered ({@link Phase#IMMEDIATE}). A receiver that throws fails the startup (or the
 * migration, after it).
 *
 * @since 0.1.0
 */
public abstract sealed class MigrationSignal extends ApplicationEvent permits PreMigrate, PostMigrate {

	private static final long serialVersionUID = 1L;

	MigrationSignal(MigrationTool tool) {
		super(tool);
	}

	/**
	 * The kind of this signal.
	 * @return the signal type
	 */
	public abstract SignalType type();

	/**
	 * What migrates the schema.
	 * @return the tool
	 */
	public MigrationTool tool() {
		return (MigrationTool) getSource();
	}

	@Override
	public String toString() {
		return type() + "[" + tool() + "]";
	}

}
