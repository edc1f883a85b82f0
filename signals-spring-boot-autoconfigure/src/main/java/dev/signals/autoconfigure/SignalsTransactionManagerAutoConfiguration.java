package dev.signals.autoconfigure;

import javax.sql.DataSource;

import dev.signals.transaction.SignalsJpaTransactionManager;
import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionImplementor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.transaction.TransactionManager;

/**
 * Defines the application's JPA transaction manager, when it defines none, as a
 * {@link SignalsJpaTransactionManager} (in place of Spring Boot's plain one, with the same
 * customizers), so that after-commit receivers run once the transaction's connection is back
 * in the pool. Backs off like Spring Boot's: for a transaction manager of the application's,
 * or a JTA one.
 *
 * @since 0.1.0
 */
@AutoConfiguration(beforeName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
		afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
				"org.springframework.boot.transaction.jta.autoconfigure.JtaAutoConfiguration",
				"org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration" })
@ConditionalOnClass({ LocalContainerEntityManagerFactoryBean.class, EntityManager.class, SessionImplementor.class,
		TransactionManagerCustomizers.class })
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnBooleanProperty(name = "signals.enabled", matchIfMissing = true)
public final class SignalsTransactionManagerAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(TransactionManager.class)
	SignalsJpaTransactionManager transactionManager(ObjectProvider<TransactionManagerCustomizers> customizers) {
		SignalsJpaTransactionManager transactionManager = new SignalsJpaTransactionManager();
		customizers.ifAvailable((each) -> each.customize(transactionManager));
		return transactionManager;
	}

}
