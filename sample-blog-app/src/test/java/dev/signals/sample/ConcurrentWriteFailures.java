package dev.signals.sample;

import java.util.stream.Stream;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * What Spring throws for a write that collided with a concurrent one: a unique key taken
 * meanwhile, a lock timeout, a deadlock, a stale version.
 */
public final class ConcurrentWriteFailures {

	private ConcurrentWriteFailures() {
	}

	/**
	 * One failure of each kind.
	 * @return the failures
	 */
	public static Stream<RuntimeException> all() {
		return Stream.of(new DataIntegrityViolationException("duplicate key"),
				new CannotAcquireLockException("lock timeout"), new PessimisticLockingFailureException("deadlock"),
				new OptimisticLockingFailureException("stale"));
	}

}
