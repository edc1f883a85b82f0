package dev.signals.it;

import dev.signals.transaction.SignalsJpaTransactionManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Before-commit receivers get the signals of the commit's own flush with a transaction
 * manager the application defines itself, not only with Spring Boot's.
 */
@Import(ApplicationTransactionManagerIntegrationTests.OwnTransactionManager.class)
class ApplicationTransactionManagerIntegrationTests extends PostgresTestSupport {

	@Autowired
	ArticleRepository articles;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void beforeCommitReceiversGetTheSignalsOfTheCommitFlush() {
		assertThat(this.transactionManager).isInstanceOf(OwnJpaTransactionManager.class);
		Long id = this.articles.save(new Article("first", "x")).getId();
		this.log.clear();

		inTransaction(() -> this.articles.findById(id).orElseThrow().setTitle("changed at commit"));

		assertThat(this.log.labels()).containsSubsequence("POST_SAVE", "BEFORE_COMMIT", "AFTER_COMMIT");
	}

	static class OwnJpaTransactionManager extends SignalsJpaTransactionManager {

		private static final long serialVersionUID = 1L;

		OwnJpaTransactionManager(EntityManagerFactory entityManagerFactory) {
			super(entityManagerFactory);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class OwnTransactionManager {

		@Bean
		PlatformTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
			return new OwnJpaTransactionManager(entityManagerFactory);
		}

	}

}
