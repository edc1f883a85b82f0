package dev.signals.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.signals.dispatch.CompletionWork;
import dev.signals.dispatch.PendingWrites;
import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;

import org.springframework.dao.support.DataAccessUtils;
import org.springframework.orm.jpa.EntityManagerFactoryInfo;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.orm.jpa.JpaDialect;
import org.springframework.orm.jpa.vendor.HibernateJpaDialect;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Flushes the JPA entity managers bound to the current Spring transaction (except those in
 * manual flush mode, such as those of read-only transactions), and tells whether they hold
 * changes that were not written. A flush that fails throws what Spring's JPA transaction
 * manager would have thrown from the commit's own flush: what a receiver threw, as it is
 * (see {@link CompletionWork#unwrap}); anything else translated by the persistence unit's
 * JPA dialect into Spring's {@code DataAccessException} hierarchy (a
 * {@code DataIntegrityViolationException} for a violated constraint, say).
 */
final class JpaPendingWrites implements PendingWrites {

	private static final JpaDialect defaultDialect = new HibernateJpaDialect();

	@Override
	public void flush() {
		Map<EntityManager, JpaDialect> toFlush = new LinkedHashMap<>();
		TransactionSynchronizationManager.getResourceMap().forEach((factory, resource) -> {
			if (resource instanceof EntityManagerHolder holder && holder.getEntityManager().isOpen()
					&& holder.getEntityManager().isJoinedToTransaction() && holder.getEntityManager()
						.unwrap(Session.class)
						.getHibernateFlushMode() != FlushMode.MANUAL) {
				toFlush.put(holder.getEntityManager(),
						(factory instanceof EntityManagerFactoryInfo info && info.getJpaDialect() != null)
								? info.getJpaDialect() : defaultDialect);
			}
		});
		toFlush.forEach(JpaPendingWrites::flush);
	}

	private static void flush(EntityManager entityManager, JpaDialect dialect) {
		try {
			entityManager.flush();
		}
		catch (RuntimeException ex) {
			throw CompletionWork.isReceiverFailure(ex) ? ex : DataAccessUtils.translateIfNecessary(ex, dialect);
		}
	}

	@Override
	public boolean unwritten() {
		for (Object resource : TransactionSynchronizationManager.getResourceMap().values()) {
			if (resource instanceof EntityManagerHolder holder && holder.getEntityManager().isOpen()
					&& holder.getEntityManager().unwrap(Session.class).isDirty()) {
				return true;
			}
		}
		return false;
	}

}
