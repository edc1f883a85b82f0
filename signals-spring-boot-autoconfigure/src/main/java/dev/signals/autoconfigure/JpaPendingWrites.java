package dev.signals.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import dev.signals.dispatch.PendingWrites;
import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;

import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Flushes the JPA entity managers bound to the current Spring transaction (except those in
 * manual flush mode, such as those of read-only transactions), and tells whether they hold
 * changes that were not written.
 */
final class JpaPendingWrites implements PendingWrites {

	@Override
	public void flush() {
		for (EntityManager entityManager : boundEntityManagers()) {
			if (entityManager.isJoinedToTransaction()
					&& entityManager.unwrap(Session.class).getHibernateFlushMode() != FlushMode.MANUAL) {
				entityManager.flush();
			}
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
