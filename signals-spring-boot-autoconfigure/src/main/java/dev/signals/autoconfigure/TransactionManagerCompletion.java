package dev.signals.autoconfigure;

import java.lang.reflect.Method;

import dev.signals.dispatch.CompletionWork;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;

/**
 * Lets after-commit, after-rollback and after-completion receivers run once a transaction
 * manager bean has finished completing a transaction, rather than inside its completion
 * callbacks (where the finished transaction is still bound to the thread and holds its
 * pooled connection): each {@link PlatformTransactionManager} bean gets an advice around
 * {@code commit} and {@code rollback}. An AOP proxy gets the advice added; any other manager
 * is wrapped in a JDK proxy with all of its interfaces, so inject it by interface
 * ({@code PlatformTransactionManager}), not by class. A receiver that fails inside the
 * commit's own flush reaches the caller as it is, not wrapped in the manager's "could not
 * commit" exception.
 */
final class TransactionManagerCompletion implements BeanPostProcessor {

	private static final MethodInterceptor ADVICE = new CompletionAdvice();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof PlatformTransactionManager)) {
			return bean;
		}
		if (bean instanceof Advised advised) {
			if (!advised.isFrozen()) {
				for (var advisor : advised.getAdvisors()) {
					if (advisor.getAdvice() == ADVICE) {
						return bean;
					}
				}
				advised.addAdvice(0, ADVICE);
				return bean;
			}
		}
		ProxyFactory proxy = new ProxyFactory(bean);
		proxy.addAdvice(ADVICE);
		return proxy.getProxy(bean.getClass().getClassLoader());
	}

	private static final class CompletionAdvice implements MethodInterceptor {

		@Override
		public @Nullable Object invoke(MethodInvocation invocation) throws Throwable {
			if (!completes(invocation.getMethod())) {
				return invocation.proceed();
			}
			CompletionWork work = CompletionWork.begin();
			try {
				return invocation.proceed();
			}
			catch (RuntimeException ex) {
				throw work.unwrap(ex);
			}
			finally {
				work.end();
			}
		}

		private static boolean completes(Method method) {
			return (method.getName().equals("commit") || method.getName().equals("rollback"))
					&& method.getParameterCount() == 1 && method.getParameterTypes()[0] == TransactionStatus.class;
		}

	}

}
