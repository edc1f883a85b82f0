package dev.signals;

import java.util.List;

import org.springframework.util.Assert;

/**
 * Sent after a schema migration has run successfully (Django's {@code post_migrate}), with
 * the migrations it applied; a migration that fails sends none. Receivers typically create
 * default data that must exist whatever the schema's history, as Django's receivers create
 * permissions and content types.
 *
 * @since 0.1.0
 */
public final class PostMigrate extends MigrationSignal {

	private static final long serialVersionUID = 1L;

	/** The applied migrations. */
	private final List<String> migrations;

	/**
	 * Create a signal.
	 * @param tool what migrated the schema
	 * @param migrations the migrations it applied, in order
	 */
	public PostMigrate(MigrationTool tool, List<String> migrations) {
		super(tool);
		Assert.notNull(migrations, "'migrations' must not be null");
		this.migrations = List.copyOf(migrations);
	}

	@Override
	public SignalType type() {
		return SignalType.POST_MIGRATE;
	}

	/**
	 * The migrations this run applied, in order; empty when there was nothing to apply, and
	 * always for {@link MigrationTool#HIBERNATE}, which compares the model with the schema
	 * rather than applying migrations. Flyway's are {@code "<version> - <description>"}
	 * ({@code "1 - blog schema"}; a repeatable migration's description alone), Liquibase's
	 * are its changeset identifiers {@code "<changelog path>::<id>::<author>"}.
	 * @return the applied migrations
	 */
	public List<String> migrations() {
		return this.migrations;
	}

	@Override
	public String toString() {
		return type() + "[" + tool() + " " + this.migrations + "]";
	}

}
