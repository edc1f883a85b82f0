package dev.signals.it;

import dev.signals.transaction.SignalsJpaTransactionManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a transaction manager of the application's, the starter's is Spring Boot's JPA
 * transaction manager taking part in signal delivery: injectable as a
 * {@link JpaTransactionManager}, with Spring Boot's customizers applied.
 */
@TestPropertySource(properties = "spring.transaction.default-timeout=17s")
class TransactionManagerIntegrationTests extends PostgresTestSupport {

	@Autowired
	JpaTransactionManager transactionManager;

	@Test
	void theApplicationsTransactionManagerTakesPartInSignalDelivery() {
		assertThat(this.transactionManager).isExactlyInstanceOf(SignalsJpaTransactionManager.class);
		assertThat(this.transactionManager.getDefaultTimeout()).isEqualTo(17);
	}

}
