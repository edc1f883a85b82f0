package dev.signals.sample.service;

import java.sql.SQLException;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Tells a write that collided with a concurrent one, which may succeed when tried again, from
 * one the database refused for good.
 */
public final class WriteConflicts {

	/** A unique key taken meanwhile. */
	private static final String UNIQUE_VIOLATION = "23505";

	/** A referenced row deleted meanwhile. */
	private static final String FOREIGN_KEY_VIOLATION = "23503";

	private WriteConflicts() {
	}

	/**
	 * Whether a failed write collided with a concurrent one: a deadlock, a lock it could not
	 * get, a stale version, a unique key taken or a referenced row deleted meanwhile. Other
	 * refusals, such as a value the column cannot hold (PostgreSQL's 22021 for a NUL
	 * character), fail again however often they are tried.
	 * @param failure the failure, as Spring translated it
	 * @return whether trying again may succeed
	 */
	public static boolean isCollision(DataAccessException failure) {
		if (failure instanceof ConcurrencyFailureException || failure instanceof DuplicateKeyException) {
			return true;
		}
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql) {
				return UNIQUE_VIOLATION.equals(sql.getSQLState()) || FOREIGN_KEY_VIOLATION.equals(sql.getSQLState());
			}
		}
		return false;
	}

}
