package dev.signals.autoconfigure;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Binds {@code signals.enabled} before any bean is created, so that a value that is neither
 * {@code true} nor {@code false} fails startup naming the property and the value. Otherwise
 * neither the enabled nor the disabled auto-configuration applies, and an application that
 * injects {@code Signals} fails first on the missing bean, without a word about the property.
 */
final class SignalsEnabledCheck implements BeanFactoryPostProcessor {

	private final Environment environment;

	SignalsEnabledCheck(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		Binder.get(this.environment).bind("signals.enabled", Boolean.class);
	}

}
