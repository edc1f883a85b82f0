package dev.signals.migration;

import java.util.ArrayList;
import java.util.List;

import dev.signals.MigrationTool;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * Reports Flyway's {@code migrate} runs: started before it, finished with the migrations it
 * applied after it succeeded; a run that fails finishes without a report.
 */
final class FlywayMigrationCallback implements Callback {

	private final MigrationSignals signals;

	private final ThreadLocal<List<String>> applied = new ThreadLocal<>();

	FlywayMigrationCallback(MigrationSignals signals) {
		this.signals = signals;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.BEFORE_MIGRATE || event == Event.AFTER_EACH_MIGRATE || event == Event.AFTER_MIGRATE
				|| event == Event.AFTER_MIGRATE_ERROR;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		switch (event) {
			case BEFORE_MIGRATE -> {
				this.applied.set(new ArrayList<>());
				this.signals.started(MigrationTool.FLYWAY);
			}
			case AFTER_EACH_MIGRATE -> {
				List<String> applied = this.applied.get();
				if (applied != null) {
					applied.add(describe(context.getMigrationInfo()));
				}
			}
			case AFTER_MIGRATE -> {
				List<String> applied = this.applied.get();
				this.applied.remove();
				this.signals.finished(MigrationTool.FLYWAY, (applied != null) ? applied : List.of());
			}
			default -> this.applied.remove();
		}
	}

	private static String describe(MigrationInfo migration) {
		return (migration.getVersion() != null) ? migration.getVersion() + " - " + migration.getDescription()
				: migration.getDescription();
	}

	@Override
	public String getCallbackName() {
		return "signals";
	}

}
