package dev.signals.external;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.util.unit.DataSize;

/**
 * Reports when the replication slot falls behind: every {@code lag-check-interval} it reads
 * how much WAL PostgreSQL keeps for the slot (from the slot's confirmed position to the
 * current one) and logs a warning while that exceeds {@code max-lag}, naming the slot and
 * whether an instance streams it, and an all-clear once it is back under. The WAL a slot
 * keeps cannot be recycled: a slot left behind fills the server's disk.
 */
final class SlotLag implements SmartLifecycle {

	private static final Log logger = LogFactory.getLog(SlotLag.class);

	private static final String QUERY = "select active, pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)"
			+ " from pg_replication_slots where slot_name = ?";

	private final Supplier<DatabaseConnection> database;

	private final ExternalProperties properties;

	private final BooleanSupplier wanted;

	private volatile long behind = -1;

	private boolean warned;

	private @Nullable ScheduledExecutorService executor;

	/**
	 * Create the check.
	 * @param database where the slot is, worked out when first needed
	 * @param properties the slot's name, the check's interval and the lag that is too much
	 * @param wanted whether there is a slot to check (some external receiver exists)
	 */
	SlotLag(Supplier<DatabaseConnection> database, ExternalProperties properties, BooleanSupplier wanted) {
		this.database = database;
		this.properties = properties;
		this.wanted = wanted;
	}

	/**
	 * The WAL the slot kept at the last check.
	 * @return the bytes from the slot's confirmed position to the current one, or {@code -1}
	 * before the first check, when the slot does not exist or when the check failed
	 */
	long behindBytes() {
		return this.behind;
	}

	/**
	 * Read the slot's lag once, and warn if it is too much. Runs on the check's one thread
	 * (or in a test), never at the same time as itself.
	 */
	void check() {
		try (Connection connection = this.database.get().connect();
				PreparedStatement statement = connection.prepareStatement(QUERY)) {
			statement.setQueryTimeout(30);
			statement.setString(1, this.properties.getSlotName());
			try (ResultSet result = statement.executeQuery()) {
				if (result.next()) {
					report(result.getBoolean(1), result.getLong(2));
				}
				else {
					this.behind = -1;
				}
			}
		}
		catch (SQLException ex) {
			this.behind = -1;
			logger.warn("Could not read the lag of replication slot '" + this.properties.getSlotName() + "'", ex);
		}
	}

	private void report(boolean active, long bytes) {
		this.behind = bytes;
		DataSize limit = this.properties.getMaxLag();
		if (bytes > limit.toBytes()) {
			logger.warn("Replication slot '" + this.properties.getSlotName() + "' is " + megabytes(bytes)
					+ " MB behind the server's WAL, more than signals.external.max-lag (" + megabytes(limit.toBytes())
					+ " MB); PostgreSQL keeps that WAL until the external receivers have taken the changes. "
					+ (active ? "An instance streams the slot: its external receivers are slower than the writes."
							: "No instance streams the slot now. Drop it with pg_drop_replication_slot('"
									+ this.properties.getSlotName() + "') if external receivers are gone for good."));
			this.warned = true;
		}
		else if (this.warned) {
			logger.info("Replication slot '" + this.properties.getSlotName() + "' has caught up ("
					+ megabytes(bytes) + " MB behind)");
			this.warned = false;
		}
	}

	private static String megabytes(long bytes) {
		return String.format("%.1f", bytes / (1024.0 * 1024.0));
	}

	@Override
	public synchronized void start() {
		if (this.executor != null || !this.wanted.getAsBoolean()) {
			return;
		}
		long interval = this.properties.getLagCheckInterval().toMillis();
		CustomizableThreadFactory threads = new CustomizableThreadFactory("signals-slot-lag-");
		threads.setDaemon(true);
		this.executor = Executors.newSingleThreadScheduledExecutor(threads);
		this.executor.scheduleWithFixedDelay(this::check, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public synchronized void stop() {
		if (this.executor != null) {
			this.executor.shutdownNow();
			this.executor = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.executor != null;
	}

}
