package dev.signals.hibernate;

import java.util.Map;

import org.hibernate.boot.registry.StandardServiceInitiator;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.service.spi.ServiceContributor;
import org.hibernate.service.spi.ServiceRegistryImplementor;

/**
 * Contributes, through Java's service loader, the JDBC services that let bulk statements be
 * reported as {@code BulkChanged} signals. They behave exactly as Hibernate's own for every
 * session factory that does not integrate signals.
 *
 * @since 0.1.0
 */
public final class BulkSignalsServiceContributor implements ServiceContributor {

	@Override
	public void contribute(StandardServiceRegistryBuilder serviceRegistryBuilder) {
		serviceRegistryBuilder.addInitiator(new StandardServiceInitiator<JdbcServices>() {

			@Override
			public Class<JdbcServices> getServiceInitiated() {
				return JdbcServices.class;
			}

			@Override
			public JdbcServices initiateService(Map<String, Object> configurationValues,
					ServiceRegistryImplementor registry) {
				return new BulkObservingJdbcServices();
			}

		});
	}

}
