package dev.signals.durable;

import java.sql.DatabaseMetaData;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import javax.sql.DataSource;

import dev.signals.DurablePublications;
import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.autoconfigure.SignalsProperties;
import dev.signals.dispatch.DurableDelivery;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.dispatch.SignalDispatcher;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.jdbc.JdbcRepositorySettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * Auto-configuration of durable receivers on Spring Modulith's JDBC event publication
 * registry, whose rows are written with plain JDBC and so never send signals themselves.
 *
 * @since 0.2.0
 */
@AutoConfiguration(after = SignalsAutoConfiguration.class,
		afterName = { "org.springframework.modulith.events.jdbc.JdbcEventPublicationAutoConfiguration",
				"org.springframework.modulith.events.config.EventPublicationAutoConfiguration" })
@ConditionalOnClass({ EventPublicationRepository.class, JdbcRepositorySettings.class })
@ConditionalOnBean({ ReceiverRegistry.class, EventPublicationRepository.class, JdbcRepositorySettings.class })
public final class DurableSignalsAutoConfiguration {

	@Bean(destroyMethod = "shutdownNow")
	ScheduledExecutorService signalsDurableExecutor(SignalsProperties properties) {
		ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(
				Math.max(1, properties.getDurable().getThreads()),
				new CustomizableThreadFactory("signals-durable-"));
		executor.setRemoveOnCancelPolicy(true);
		return executor;
	}

	@Bean
	static DurableConfigurationCheck signalsDurableConfigurationCheck(Environment environment,
			ObjectProvider<ReceiverRegistry> registry, ObjectProvider<PublicationTable> table) {
		return new DurableConfigurationCheck(environment, registry, table);
	}

	@Bean
	PublicationTable signalsPublicationTable(JdbcOperations jdbc, JdbcRepositorySettings settings,
			DataSource dataSource) {
		String table = (settings.getSchema() != null) ? settings.getSchema() + ".EVENT_PUBLICATION"
				: "EVENT_PUBLICATION";
		return new PublicationTable(jdbc, table, storesUuidAsText(dataSource));
	}

	@Bean
	DeliveryAttempts signalsDurableDeliveryAttempts(ObjectProvider<SignalDispatcher> dispatcher,
			EventPublicationRepository repository, PublicationTable table, SignalsProperties properties,
			ScheduledExecutorService signalsDurableExecutor) {
		return new DeliveryAttempts(dispatcher, repository, new PublicationClaims(table), properties.getDurable(),
				signalsDurableExecutor);
	}

	@Bean
	DurableDelivery signalsDurableDelivery(EventPublicationRepository repository, DeliveryAttempts attempts) {
		return new RegistryDurableDelivery(repository, attempts);
	}

	@Bean
	DurableReceiverLookup signalsDurableReceiverLookup(EventPublicationRepository repository,
			ReceiverRegistry registry) {
		return new DurableReceiverLookup(repository, registry);
	}

	@Bean
	DurablePublications signalsDurablePublications(DurableReceiverLookup lookup, DeliveryAttempts attempts) {
		return new RegistryDurablePublications(lookup, attempts);
	}

	@Bean
	Resubmission signalsDurableResubmission(DurableReceiverLookup lookup, DeliveryAttempts attempts,
			SignalsProperties properties, ScheduledExecutorService signalsDurableExecutor) {
		return new Resubmission(lookup, attempts, properties.getDurable(), signalsDurableExecutor);
	}

	/**
	 * Whether Modulith's schema for the database keeps ids as text: it does on every
	 * database but PostgreSQL, H2 and HSQLDB, which have a UUID type.
	 */
	private static boolean storesUuidAsText(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName)
				.toLowerCase(Locale.ROOT);
			return !(product.contains("postgres") || product.equals("h2") || product.contains("hsql"));
		}
		catch (org.springframework.jdbc.support.MetaDataAccessException ex) {
			throw new IllegalStateException("Could not tell the database of the event publication registry", ex);
		}
	}

}
