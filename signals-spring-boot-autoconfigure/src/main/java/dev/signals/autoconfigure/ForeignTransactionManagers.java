package dev.signals.autoconfigure;

import dev.signals.transaction.SignalsJpaTransactionManager;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.JpaTransactionManager;

/**
 * Says at startup which JPA transaction managers of the application run after-phase
 * receivers inside their completion callbacks (while the finished transaction still holds
 * its connection), because they do not extend {@link SignalsJpaTransactionManager}.
 */
final class ForeignTransactionManagers implements BeanPostProcessor {

	private static final Log logger = LogFactory.getLog(ForeignTransactionManagers.class);

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof JpaTransactionManager && !(bean instanceof SignalsJpaTransactionManager)) {
			logger.info("Transaction manager '" + beanName + "' (" + bean.getClass().getName() + ") runs after-commit "
					+ "signal receivers inside its completion callbacks, while the finished transaction still holds "
					+ "its connection: extend " + SignalsJpaTransactionManager.class.getName() + " so that they run "
					+ "once it has cleaned up.");
		}
		return bean;
	}

}
