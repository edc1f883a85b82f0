package dev.signals.bench.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.signals.bench.e2e.audit.PostAuditRepository;
import dev.signals.bench.e2e.model.BenchPost;
import dev.signals.bench.e2e.model.BenchTag;
import dev.signals.bench.e2e.model.PostRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * JDBC batching survives receivers: the flush of 100 writes of each kind prepares the same
 * statements with an immediate or an after-commit receiver as plain Hibernate does, counted
 * by Hibernate's statistics. A batched table's rows take one statement, prepared once and
 * executed in batches of 50 ({@code hibernate.jdbc.batch_size}); unbatched, they would take
 * one statement each. The audit rows that a receiver, or the caller by hand, saves for each
 * inserted post are batched too, and both ways prepare the same statements.
 */
class JdbcBatchingIntegrationTests {

	private static final int POSTS = 100;

	/** The statements a batched flush prepares for the rows of one table. */
	private static final long STATEMENTS_PER_TABLE = 1;

	/**
	 * The reads of a new table's sequence for the ids of its first {@value #POSTS} rows:
	 * Hibernate's pooled optimizer reads it once to start, then once per 50 ids. The
	 * receiver's rows get their ids during the flush, the rows written by hand before it.
	 */
	private static final long SEQUENCE_READS = 1 + POSTS / 50;

	@ParameterizedTest
	@EnumSource(value = Variant.class, names = { "BASELINE", "IMMEDIATE", "AFTER_COMMIT" })
	void writesAreBatchedWithReceivers(Variant variant) {
		try (ConfigurableApplicationContext context = variant.start("it_batching_" + variant.key() + "_",
				"spring.jpa.properties.hibernate.generate_statistics=true")) {
			Flushes flushes = new Flushes(context);
			BenchTag tag = flushes.tag();
			List<Long> ids = new ArrayList<>();

			assertThat(flushes.statements((posts) -> {
				for (int i = 0; i < POSTS; i++) {
					ids.add(posts.save(posts.create("Post " + i, "body")).getId());
				}
			})).isEqualTo(STATEMENTS_PER_TABLE);
			assertThat(flushes.statements((posts) -> posts.findAllById(ids).forEach((post) -> post.retitle("New"))))
				.isEqualTo(STATEMENTS_PER_TABLE);
			assertThat(flushes.statements((posts) -> posts.findWithTags(ids).forEach((post) -> post.tag(tag))))
				.isEqualTo(STATEMENTS_PER_TABLE);
			assertThat(flushes.statements((posts) -> posts.findAllById(ids).forEach(posts::delete)))
				.as("the join table's rows and the posts").isEqualTo(2 * STATEMENTS_PER_TABLE);

			assertThat(context.getBean(WorkCounter.class).count()).isEqualTo(variant.expectedWork(POSTS));
		}
	}

	@ParameterizedTest
	@EnumSource(value = Variant.class, names = { "WRITER", "BY_HAND" })
	void auditRowsAreBatchedWhetherAReceiverOrTheCallerWritesThem(Variant variant) {
		try (ConfigurableApplicationContext context = variant.start("it_batching_" + variant.key() + "_",
				"spring.jpa.properties.hibernate.generate_statistics=true")) {
			Flushes flushes = new Flushes(context);
			ByHand byHand = ByHand.of(context);

			assertThat(flushes.statementsWithIds((posts) -> {
				for (int i = 0; i < POSTS; i++) {
					byHand.inserted(posts.save(posts.create("Post " + i, "body")));
				}
			})).as("the posts and their audit rows").isEqualTo(2 * (SEQUENCE_READS + STATEMENTS_PER_TABLE));

			assertThat(context.getBean(PostAuditRepository.class).count()).isEqualTo(POSTS);
			assertThat(context.getBean(WorkCounter.class).count()).isEqualTo(variant.expectedWork(POSTS));
		}
	}

	/**
	 * Runs writes in a transaction and counts the statements its flush prepares.
	 */
	private static final class Flushes {

		private final TransactionOperations transactions;

		private final PostRepository<BenchPost> posts;

		private final EntityManager entityManager;

		private final Statistics statistics;

		@SuppressWarnings("unchecked")
		Flushes(ConfigurableApplicationContext context) {
			this.transactions = context.getBean(TransactionOperations.class);
			this.posts = context.getBean(PostRepository.class);
			this.entityManager = context.getBean(EntityManager.class);
			this.statistics = context.getBean(EntityManagerFactory.class).unwrap(SessionFactory.class).getStatistics();
		}

		BenchTag tag() {
			return this.transactions.execute((status) -> {
				BenchTag tag = new BenchTag("batched");
				this.entityManager.persist(tag);
				return tag;
			});
		}

		long statements(Consumer<PostRepository<BenchPost>> writes) {
			return this.transactions.execute((status) -> {
				writes.accept(this.posts);
				this.statistics.clear();
				this.entityManager.flush();
				return this.statistics.getPrepareStatementCount();
			});
		}

		long statementsWithIds(Consumer<PostRepository<BenchPost>> inserts) {
			return this.transactions.execute((status) -> {
				this.statistics.clear();
				inserts.accept(this.posts);
				this.entityManager.flush();
				return this.statistics.getPrepareStatementCount();
			});
		}

	}

}
