package dev.signals.external;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Supplier;
import java.util.zip.CRC32;

import org.jspecify.annotations.Nullable;

/**
 * Which of the application's instances reads the replication slot: the one holding a
 * PostgreSQL session-level advisory lock named after the slot, on a connection of its own
 * kept open while it streams. A slot streams to one connection at a time; the other
 * instances stand by and take the lock (and the slot) when the streaming instance stops or
 * dies, since PostgreSQL releases the lock with its session.
 */
final class SlotLock {

	private static final String TRY_LOCK = "select pg_try_advisory_lock(?)";

	private final Supplier<DatabaseConnection> database;

	private final long key;

	private @Nullable Connection connection;

	/**
	 * Create the lock of a slot.
	 * @param database where the slot is, worked out when first needed
	 * @param slotName the slot's name
	 */
	SlotLock(Supplier<DatabaseConnection> database, String slotName) {
		this.database = database;
		this.key = key(slotName);
	}

	/**
	 * The advisory lock key of a slot: a fixed high word ({@code "SIGN"}) and the CRC-32 of
	 * the slot's name, the same in every instance.
	 * @param slotName the slot's name
	 * @return the key
	 */
	static long key(String slotName) {
		CRC32 crc = new CRC32();
		crc.update(slotName.getBytes(StandardCharsets.UTF_8));
		return (0x5349474EL << 32) | crc.getValue();
	}

	/**
	 * Take the lock if no other session holds it.
	 * @return whether this instance holds the lock now
	 * @throws SQLException if the database cannot be reached
	 */
	synchronized boolean tryAcquire() throws SQLException {
		if (this.connection != null) {
			return true;
		}
		Connection candidate = this.database.get().connect();
		boolean acquired = false;
		try (PreparedStatement statement = candidate.prepareStatement(TRY_LOCK)) {
			statement.setLong(1, this.key);
			try (ResultSet result = statement.executeQuery()) {
				acquired = result.next() && result.getBoolean(1);
			}
		}
		finally {
			if (acquired) {
				this.connection = candidate;
			}
			else {
				candidate.close();
			}
		}
		return acquired;
	}

	/**
	 * Whether this instance still holds the lock: its connection is open and answers.
	 * @return whether the lock is held
	 */
	synchronized boolean isHeld() {
		try {
			return this.connection != null && this.connection.isValid(5);
		}
		catch (SQLException ex) {
			return false;
		}
	}

	/**
	 * Let the lock go, closing its connection.
	 */
	synchronized void release() {
		if (this.connection == null) {
			return;
		}
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			// The session ends either way, and its advisory lock with it.
		}
		finally {
			this.connection = null;
		}
	}

}
