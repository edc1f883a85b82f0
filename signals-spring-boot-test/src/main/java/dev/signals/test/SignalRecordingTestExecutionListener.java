package dev.signals.test;

import dev.signals.dispatch.ReceiverRegistry;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Makes {@link RecordedSignals} injectable into tests annotated with {@link RecordSignals}
 * and records the signals of each test method.
 *
 * @since 0.1.0
 */
public final class SignalRecordingTestExecutionListener extends AbstractTestExecutionListener {

	private static final String RECORDER_BEAN = SignalRecorder.class.getName();

	/**
	 * Runs just before Spring's dependency injection, so that the recorder can be injected.
	 * @return the order
	 */
	@Override
	public int getOrder() {
		return 1950;
	}

	@Override
	public void prepareTestInstance(TestContext testContext) {
		recorder(testContext.getApplicationContext());
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		ApplicationContext context = testContext.getApplicationContext();
		recorder(context).start(registry(context, testContext));
	}

	@Override
	public void afterTestMethod(TestContext testContext) {
		ApplicationContext context = testContext.getApplicationContext();
		recorder(context).stop(registry(context, testContext));
	}

	private static ReceiverRegistry registry(ApplicationContext context, TestContext testContext) {
		ReceiverRegistry registry = context.getBeanProvider(ReceiverRegistry.class).getIfAvailable();
		if (registry == null) {
			throw new IllegalStateException("@RecordSignals on " + testContext.getTestClass().getName()
					+ " needs signals in its application context, but there are none: is signals.enabled=false, "
					+ "or is Hibernate JPA missing from the test's configuration?");
		}
		return registry;
	}

	private static SignalRecorder recorder(ApplicationContext context) {
		ConfigurableListableBeanFactory beanFactory = ((ConfigurableApplicationContext) context).getBeanFactory();
		synchronized (beanFactory) {
			if (!beanFactory.containsSingleton(RECORDER_BEAN)) {
				SignalRecorder recorder = new SignalRecorder();
				beanFactory.registerSingleton(RECORDER_BEAN, recorder);
				beanFactory.registerResolvableDependency(RecordedSignals.class, recorder);
			}
			return (SignalRecorder) beanFactory.getSingleton(RECORDER_BEAN);
		}
	}

}
