package dev.signals.migration;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.signals.MigrationSignal;

import org.springframework.context.event.EventListener;

/**
 * A Spring listener of the migration signals.
 */
class MigrationListener {

	final List<MigrationSignal> heard = new CopyOnWriteArrayList<>();

	@EventListener
	void on(MigrationSignal signal) {
		this.heard.add(signal);
	}

}
