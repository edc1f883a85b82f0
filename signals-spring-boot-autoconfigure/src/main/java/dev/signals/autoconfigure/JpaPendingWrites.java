package dev.signals.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import dev.signals.dispatch.PendingWrites;
import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;

import org.springframework.dao.support.DataAccessUtils;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Flushes the JPA entity managers bound to the current Spring transaction (except those in
 * manual flush mode, such as those of read-only transactions), and tells whether they hold
 * changes that were not written. A flush that fails throws what Spring's JPA transaction
 * manager would have thrown from the commit's own flush: the exception translated into
 * Spring's {@code DataAccessException} hierarchy (a {@code DataIntegrityViolationException}
 * for a violated constraint, say).
 */
final class JpaPendingWrites implements PendingWrites {

	private static final HibernateJpaDialect dialect = new HibernateJpaDialect();

	@Override
	public void flush() {
		for (EntityManager entityManager : boundEntityManagers()) {
			if (entityManager.isJoinedToTransaction()
					&& entityManager.unwrap(Session.class).getHibernateFlushMode() != FlushMode.MANUAL) {
				flush(entityManager);
			}
		}
	}

	private static void flush(EntityManager entityManager) {
		try {
			entityManager.flush();
		}
		catch (RuntimeException ex) {
			throw DataAccessUtils.translateIfNecessary(ex, dialect);
		}
	}

	@Override
	public boolean unwritten() {
		for (EntityManager entityManager : boundEntityManagers()) {
			if (entityManager.unwrap(Session.class).isDirty()) {
				return true;
			}
		}
		return false;
	}

	private static List<EntityManager> boundEntityManagers() {
		List<EntityManager> entityManagers = new ArrayList<>();
		for (Object resource : TransactionSynchronizationManager.getResourceMap().values()) {
			if (resource instanceof EntityManagerHolder holder && holder.getEntityManager().isOpen()) {
				entityManagers.add(holder.getEntityManager());
			}
		}
		return entityManagers;
	}

}
