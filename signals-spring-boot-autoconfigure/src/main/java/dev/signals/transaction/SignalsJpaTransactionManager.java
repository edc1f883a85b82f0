package dev.signals.transaction;

import dev.signals.dispatch.CompletionWork;
import jakarta.persistence.EntityManagerFactory;

import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Spring's {@link JpaTransactionManager}, taking part in signal delivery: after-commit,
 * after-rollback and after-completion receivers run once it has cleaned up after the
 * transaction (synchronizations cleared, resources unbound, the EntityManager closed unless
 * open-in-view keeps it, the connection back in the pool), and a receiver that fails in the
 * commit's own flush reaches the caller as it is, not wrapped in "Could not commit JPA
 * transaction".
 *
 * <p>The starter defines one as the application's transaction manager when the
 * application defines none (in place of Spring Boot's plain {@code JpaTransactionManager},
 * with the same customizers applied). An application that defines its own JPA transaction
 * manager extends this class to keep those guarantees; with any other manager, after-phase
 * receivers run inside its completion callbacks.
 *
 * @since 0.1.0
 */
public class SignalsJpaTransactionManager extends JpaTransactionManager {

	private static final long serialVersionUID = 1L;

	/**
	 * Create a manager that finds the application's {@link EntityManagerFactory} in the bean
	 * factory, as {@link JpaTransactionManager#JpaTransactionManager()} does.
	 */
	public SignalsJpaTransactionManager() {
	}

	/**
	 * Create a manager of an {@link EntityManagerFactory}.
	 * @param entityManagerFactory the factory
	 */
	public SignalsJpaTransactionManager(EntityManagerFactory entityManagerFactory) {
		super(entityManagerFactory);
	}

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		super.doBegin(transaction, definition);
		CompletionWork.transactionBegun();
	}

	@Override
	protected void doCommit(DefaultTransactionStatus status) {
		try {
			super.doCommit(status);
		}
		catch (RuntimeException ex) {
			throw CompletionWork.unwrap(ex);
		}
	}

	@Override
	protected void doCleanupAfterCompletion(Object transaction) {
		try {
			super.doCleanupAfterCompletion(transaction);
		}
		finally {
			CompletionWork.transactionCleanedUp();
		}
	}

}
