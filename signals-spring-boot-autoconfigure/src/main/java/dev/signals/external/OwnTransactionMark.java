package dev.signals.external;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.function.Supplier;

import dev.signals.dispatch.ReceiverRegistry;

import jakarta.persistence.EntityManager;
import org.apache.kafka.connect.data.Struct;
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
 * the prefix {@value #PREFIX} and the replication slot's name, only if the transaction wrote
 * something (it has a transaction id then). The mark is in the WAL with the transaction's
 * changes, so it holds across restarts and for every instance of the application (they share
 * the slot); another application's marks name its own slot and leave its transactions in.
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

	private final String name;

	/**
	 * Create the mark.
	 * @param registry the receivers (the mark is made while external receivers exist)
	 * @param name what the mark says: the replication slot's name, the same for every instance
	 * of the application and different for another application with a slot of its own
	 */
	OwnTransactionMark(ObjectProvider<ReceiverRegistry> registry, String name) {
		this.registry = SingletonSupplier.of(registry::getObject);
		this.name = name;
	}

	/**
	 * Whether a logical decoding message of the change stream is this application's mark.
	 * @param message the message: its {@code prefix} and {@code content}
	 * @return whether its prefix is {@value #PREFIX} and its content this mark's name
	 */
	boolean isOwn(Struct message) {
		byte[] content = message.getBytes("content");
		return PREFIX.equals(message.getString("prefix")) && content != null
				&& this.name.equals(new String(content, StandardCharsets.UTF_8));
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
				statement.setString(1, this.name);
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
