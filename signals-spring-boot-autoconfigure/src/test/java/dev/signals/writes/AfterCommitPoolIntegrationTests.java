package dev.signals.writes;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.SignalReceiver;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Service;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * After-commit receivers run once the transaction manager has finished, with the committed
 * transaction's connection back in the pool: with 4 connections, 16 threads committing
 * writes whose after-commit receivers write through a repository and through a
 * {@code REQUIRES_NEW} service all finish, with every row written.
 */
@Import(AfterCommitPoolIntegrationTests.AfterCommitWriters.class)
@TestPropertySource(properties = { "spring.datasource.hikari.maximum-pool-size=4",
		"spring.datasource.hikari.connection-timeout=2000" })
class AfterCommitPoolIntegrationTests extends WritesTestSupport {

	private static final int THREADS = 16;

	private static final int WRITES = 5;

	@Autowired
	PostRepository posts;

	@Test
	void afterCommitReceiversWriteWithoutHoldingTheCommittedConnection() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < THREADS; i++) {
				done.add(threads.submit(() -> {
					for (int j = 0; j < WRITES; j++) {
						inTransaction(() -> this.posts.save(new Post()));
					}
				}));
			}
			for (Future<?> thread : done) {
				thread.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(count("post")).isEqualTo(THREADS * WRITES);
		assertThat(this.jdbc.queryForObject("select count(*) from labelling where label_id = 1", Long.class))
			.as("written through a repository").isEqualTo(THREADS * WRITES);
		assertThat(this.jdbc.queryForObject("select count(*) from labelling where label_id = 2", Long.class))
			.as("written through a REQUIRES_NEW service").isEqualTo(THREADS * WRITES);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class AfterCommitWriters {

		@Bean
		RequiresNewWriter requiresNewWriter(LabellingRepository labellings) {
			return new RequiresNewWriter(labellings);
		}

		@Bean
		PostAfterCommit postAfterCommit(LabellingRepository labellings, RequiresNewWriter writer) {
			return new PostAfterCommit(labellings, writer);
		}

	}

	@Service
	static class RequiresNewWriter {

		private final LabellingRepository labellings;

		RequiresNewWriter(LabellingRepository labellings) {
			this.labellings = labellings;
		}

		@Transactional(propagation = Propagation.REQUIRES_NEW)
		public void record(Long post) {
			this.labellings.save(new Labelling(post, 2L));
		}

	}

	static class PostAfterCommit {

		private final LabellingRepository labellings;

		private final RequiresNewWriter writer;

		PostAfterCommit(LabellingRepository labellings, RequiresNewWriter writer) {
			this.labellings = labellings;
			this.writer = writer;
		}

		@SignalReceiver(phase = Phase.AFTER_COMMIT)
		public void written(PostSave<Post> signal) {
			if (signal.created()) {
				this.labellings.save(new Labelling(signal.instance().getId(), 1L));
				this.writer.record(signal.instance().getId());
			}
		}

	}

}
