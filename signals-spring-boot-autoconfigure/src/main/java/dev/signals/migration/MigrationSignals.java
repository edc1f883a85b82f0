package dev.signals.migration;

import java.util.ArrayList;
import java.util.List;

import dev.signals.MigrationSignal;
import dev.signals.MigrationTool;
import dev.signals.PostMigrate;
import dev.signals.PreMigrate;
import dev.signals.SignalType;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.dispatch.Route;
import dev.signals.dispatch.SignalDispatcher;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.util.Assert;

/**
 * Sends the migration signals that the tools' hooks report. Until the application context
 * has been refreshed, receivers may not exist yet (migrations run before most beans are
 * created), so what happened is noted, in order, and the signals are sent once the context
 * has been refreshed; after that they are sent at once. Either way a signal is only built
 * when a receiver or listener of its type exists.
 */
final class MigrationSignals implements ApplicationListener<ContextRefreshedEvent> {

	private final ApplicationContext context;

	private final ObjectProvider<ReceiverRegistry> registry;

	private final ObjectProvider<SignalDispatcher> dispatcher;

	private @Nullable List<Migration> held = new ArrayList<>();

	MigrationSignals(ApplicationContext context, ObjectProvider<ReceiverRegistry> registry,
			ObjectProvider<SignalDispatcher> dispatcher) {
		Assert.notNull(context, "'context' must not be null");
		this.context = context;
		this.registry = registry;
		this.dispatcher = dispatcher;
	}

	/**
	 * A migration is about to run.
	 * @param tool what migrates
	 */
	void started(MigrationTool tool) {
		report(new Migration(SignalType.PRE_MIGRATE, tool, List.of()));
	}

	/**
	 * A migration ran successfully.
	 * @param tool what migrated
	 * @param applied the migrations it applied, in order
	 */
	void finished(MigrationTool tool, List<String> applied) {
		report(new Migration(SignalType.POST_MIGRATE, tool, List.copyOf(applied)));
	}

	private void report(Migration migration) {
		synchronized (this) {
			if (this.held != null) {
				this.held.add(migration);
				return;
			}
		}
		send(migration);
	}

	@Override
	public void onApplicationEvent(ContextRefreshedEvent event) {
		if (event.getApplicationContext() != this.context) {
			return;
		}
		List<Migration> migrations;
		synchronized (this) {
			migrations = this.held;
			this.held = null;
		}
		if (migrations != null) {
			migrations.forEach(this::send);
		}
	}

	private void send(Migration migration) {
		ReceiverRegistry receivers = this.registry.getObject();
		if (!receivers.hasReceivers(migration.type())) {
			return;
		}
		MigrationSignal signal = (migration.type() == SignalType.PRE_MIGRATE) ? new PreMigrate(migration.tool())
				: new PostMigrate(migration.tool(), migration.applied());
		Route route = receivers.route(signal.type(), signal.getClass());
		if (!route.isEmpty()) {
			this.dispatcher.getObject().dispatch(route, signal, null);
		}
	}

	/**
	 * What a tool reported, before it is known whether anyone receives it.
	 */
	private record Migration(SignalType type, MigrationTool tool, List<String> applied) {
	}

}
