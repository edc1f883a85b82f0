package dev.signals.migration;

import java.util.List;
import java.util.Set;

import dev.signals.MigrationTool;
import org.hibernate.SessionFactory;
import org.hibernate.SessionFactoryObserver;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.tool.schema.Action;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator.ActionGrouping;

/**
 * Reports Hibernate's schema management when it changes the database schema: started when
 * the session factory is being built, finished once its schema management has run. Hibernate
 * runs it in a session factory observer registered before the integrators run, so an
 * observer that the integrator registers comes after it. Validating, or no schema
 * management, reports nothing.
 */
final class HibernateSchemaMigrationSignals implements Integrator {

	private static final Set<Action> MIGRATING = Set.of(Action.CREATE_ONLY, Action.CREATE, Action.CREATE_DROP,
			Action.UPDATE);

	private final MigrationSignals signals;

	HibernateSchemaMigrationSignals(MigrationSignals signals) {
		this.signals = signals;
	}

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		boolean migrates = ActionGrouping.interpret(metadata, sessionFactory.getProperties())
			.stream()
			.anyMatch((grouping) -> MIGRATING.contains(grouping.databaseAction()));
		if (!migrates) {
			return;
		}
		this.signals.started(MigrationTool.HIBERNATE);
		sessionFactory.addObserver(new SessionFactoryObserver() {

			@Override
			public void sessionFactoryCreated(SessionFactory factory) {
				HibernateSchemaMigrationSignals.this.signals.finished(MigrationTool.HIBERNATE, List.of());
			}

		});
	}

}
