package dev.signals.autoconfigure;

import java.util.function.Supplier;

import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.dispatch.SignalDispatcher;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.transaction.ConfigurableTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.util.function.SingletonSupplier;

/**
 * Prepares each new transaction of every transaction manager bean for before-commit
 * receivers, when there are any: without it, the signals of the flush that commit runs would
 * come after the before-commit callbacks. Registered on the managers as they are created, so
 * that managers the application defines itself are covered too.
 */
final class BeforeCommitPreparation implements BeanPostProcessor {

	private final Supplier<ReceiverRegistry> registry;

	private final Supplier<SignalDispatcher> dispatcher;

	BeforeCommitPreparation(ObjectProvider<ReceiverRegistry> registry, ObjectProvider<SignalDispatcher> dispatcher) {
		this.registry = SingletonSupplier.of(registry::getObject);
		this.dispatcher = SingletonSupplier.of(dispatcher::getObject);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof ConfigurableTransactionManager transactionManager) {
			transactionManager.addListener(new Listener());
		}
		return bean;
	}

	private final class Listener implements TransactionExecutionListener {

		@Override
		public void afterBegin(TransactionExecution transaction, @Nullable Throwable beginFailure) {
			if (beginFailure == null && transaction.isNewTransaction()
					&& BeforeCommitPreparation.this.registry.get().hasBeforeCommitWork()) {
				BeforeCommitPreparation.this.dispatcher.get().transactionBegun();
			}
		}

	}

}
