package dev.signals.hibernate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanUtils;
import org.springframework.util.ClassUtils;

/**
 * Adds an integrator to the one {@code hibernate.integrator_provider} setting, keeping the
 * integrators of a provider the application set itself, or added before.
 *
 * @since 0.1.0
 */
public final class SignalsIntegratorProvider implements IntegratorProvider {

	private final List<Integrator> integrators;

	private SignalsIntegratorProvider(List<Integrator> integrators) {
		this.integrators = List.copyOf(integrators);
	}

	/**
	 * Add an integrator to Hibernate's properties, after those already set.
	 * @param hibernateProperties the properties that build a persistence unit, as a
	 * {@code HibernatePropertiesCustomizer} gets them
	 * @param integrator the integrator to add
	 */
	public static void addTo(Map<String, Object> hibernateProperties, Integrator integrator) {
		List<Integrator> integrators = new ArrayList<>(
				existing(hibernateProperties.get(JpaSettings.INTEGRATOR_PROVIDER)).getIntegrators());
		integrators.add(integrator);
		hibernateProperties.put(JpaSettings.INTEGRATOR_PROVIDER, new SignalsIntegratorProvider(integrators));
	}

	private static IntegratorProvider existing(@Nullable Object setting) {
		if (setting instanceof IntegratorProvider provider) {
			return provider;
		}
		if (setting instanceof Class<?> type) {
			return (IntegratorProvider) BeanUtils.instantiateClass(type);
		}
		if (setting instanceof String className && !className.isBlank()) {
			return (IntegratorProvider) BeanUtils
				.instantiateClass(ClassUtils.resolveClassName(className, SignalsIntegratorProvider.class.getClassLoader()));
		}
		return List::of;
	}

	@Override
	public List<Integrator> getIntegrators() {
		return this.integrators;
	}

}
