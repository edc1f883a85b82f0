package dev.signals.sample;

import java.sql.SQLException;
import java.util.stream.Stream;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * What Spring throws for a write that collided with a concurrent one: a unique key taken
 * meanwhile, a referenced row deleted meanwhile, a lock timeout, a deadlock, a stale
 * version; and for one the database refused for good.
 */
public final class ConcurrentWriteFailures {

	private ConcurrentWriteFailures() {
	}

	/**
	 * One failure of each kind.
	 * @return the failures
	 */
	public static Stream<RuntimeException> all() {
		return Stream.of(new DataIntegrityViolationException("duplicate key", new SQLException("duplicate", "23505")),
				new DuplicateKeyException("duplicate key"),
				new DataIntegrityViolationException("deleted meanwhile", new SQLException("foreign key", "23503")),
				new CannotAcquireLockException("lock timeout"), new PessimisticLockingFailureException("deadlock"),
				new OptimisticLockingFailureException("stale"));
	}

	/**
	 * Refusals that fail again however often they are tried: a NUL character (PostgreSQL's
	 * 22021), a value too long, a missing value.
	 * @return the failures
	 */
	public static Stream<RuntimeException> forGood() {
		return Stream.of(new DataIntegrityViolationException("NUL", new SQLException("invalid byte sequence", "22021")),
				new DataIntegrityViolationException("too long", new SQLException("value too long", "22001")),
				new DataIntegrityViolationException("not null", new SQLException("null value", "23502")),
				new DataIntegrityViolationException("no SQL state"));
	}

}
