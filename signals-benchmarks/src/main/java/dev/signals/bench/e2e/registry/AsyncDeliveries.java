package dev.signals.bench.e2e.registry;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Counts the tasks of the application's task executor, where Spring Modulith runs its
 * asynchronous listeners, from their submission to the end of their run, so that a phase can
 * wait for the last of them. A task is submitted on the committing thread, once the commit
 * is done, and its run includes all of the delivery: the listener's transaction and the
 * registry's updates before and after it.
 *
 * <p>It decorates every {@link ThreadPoolTaskExecutor} of the application (Spring Boot's
 * {@code applicationTaskExecutor} only, in the applications that import it), and nothing
 * else: not the task scheduler, whose periodic tasks would never end.
 */
public final class AsyncDeliveries implements TaskDecorator, BeanPostProcessor {

	private long submitted;

	private long finished;

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof ThreadPoolTaskExecutor executor) {
			executor.setTaskDecorator(this);
		}
		return bean;
	}

	@Override
	public Runnable decorate(Runnable task) {
		synchronized (this) {
			this.submitted++;
		}
		return () -> {
			try {
				task.run();
			}
			finally {
				ran();
			}
		};
	}

	private synchronized void ran() {
		this.finished++;
		notifyAll();
	}

	/**
	 * Wait until every task submitted so far has run.
	 */
	public synchronized void await() {
		try {
			while (this.finished < this.submitted) {
				wait();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for asynchronous deliveries", ex);
		}
	}

	/**
	 * The tasks that have run.
	 * @return the count
	 */
	public synchronized long tasksRun() {
		return this.finished;
	}

}
