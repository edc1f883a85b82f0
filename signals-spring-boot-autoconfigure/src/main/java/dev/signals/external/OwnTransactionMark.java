package dev.signals.external;

import java.sql.PreparedStatement;
import java.util.function.Supplier;

import dev.signals.dispatch.ReceiverRegistry;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.function.SingletonSupplier;

/**
 * Marks the application's own writing transactions in PostgreSQL's WAL, so that the change
 * stream leaves them out: each new transaction of a transaction manager bean with a
 * Hibernate session gets, while external receivers exist, a before-completion callback that runs, after the session's last
 * flush and in the same transaction, a transactional {@code pg_logical_emit_message} with
 * the prefix {@value #PREFIX} and this instance's name, only if the transaction wrote
 * something (it has a transaction id then). The mark is in the WAL with the transaction's
 * changes, so it holds across restarts and for every instance that shares the database.
 */
final class OwnTransactionMark implements BeanPostProcessor {

	/**
	 * The prefix of the logical decoding message that marks a transaction as the
	 * application's.
	 */
	static final String PREFIX = "signals";

	private static final String MARK = "SELECT pg_logical_emit_message(true, '" + PREFIX
			+ "', ?::text) WHERE txid_current_if_assigned() IS NOT NULL";

	private final Supplier<ReceiverRegistry> registry;

	private final String instance;

	OwnTransactionMark(ObjectProvider<ReceiverRegistry> registry, String instance) {
		this.registry = SingletonSupplier.of(registry::getObject);
		this.instance = instance;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof ConfigurableTransactionManager transactionManager) {
			transactionManager.addListener(new Listener());
		}
		return bean;
	}

	private void mark(SharedSessionContractImplementor session) {
		session.doWork((connection) -> {
			try (PreparedStatement statement = connection.prepareStatement(MARK)) {
				statement.setString(1, this.instance);
				statement.execute();
			}
		});
	}

	private final class Listener implements TransactionExecutionListener {

		@Override
		public void afterBegin(TransactionExecution transaction, @Nullable Throwable beginFailure) {
			if (beginFailure != null || !transaction.isNewTransaction()
					|| !OwnTransactionMark.this.registry.get().hasExternalReceivers()) {
				return;
			}
			for (Object resource : TransactionSynchronizationManager.getResourceMap().values()) {
				if (resource instanceof EntityManagerHolder holder) {
					EntityManager entityManager = holder.getEntityManager();
					entityManager.unwrap(SharedSessionContractImplementor.class)
						.getTransactionCompletionCallbacks()
						.registerCallback((BeforeCompletionCallback) OwnTransactionMark.this::mark);
				}
			}
		}

	}

}
