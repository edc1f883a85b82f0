package dev.signals.bench.e2e;

import java.util.ArrayList;
import java.util.List;

import dev.signals.bench.e2e.model.BenchPost;
import dev.signals.bench.e2e.model.PostRepository;
import dev.signals.bench.e2e.registry.AsyncDeliveries;
import dev.signals.bench.e2e.registry.RegistryTable;
import dev.signals.bench.e2e.registry.RegistryWrites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry variants do what the benchmark measures: every insert, update and delete of
 * a post is stored as one row of the variant's event publication table, and delivered to its
 * one receiver or listener by the time the workload's wait for the phase's deliveries
 * returns; the table is then emptied, its rows counted. Both serialize with the context's
 * {@link JsonMapper} (without one, Modulith builds a mapper per event). Spring Modulith's
 * listener runs on the task executor whose tasks that wait counts.
 */
class RegistryVariantsIntegrationTests {

	private static final int POSTS = 100;

	@ParameterizedTest
	@EnumSource(value = Variant.class, names = { "DURABLE", "MODULITH" })
	void everyWriteIsStoredOnceAndDeliveredWhenThePhaseEnds(Variant variant) {
		try (ConfigurableApplicationContext context = variant.start("it_registry_" + variant.key() + "_")) {
			Deliveries deliveries = Deliveries.of(context);
			RegistryTable table = context.getBean(RegistryTable.class);
			assertThat(deliveries).isSameAs(table);
			assertThat(context.getBeansOfType(JsonMapper.class)).as("the mapper the registry serializes with").hasSize(1);
			deliveries.clear();
			RegistryWrites before = table.writes();

			Writes writes = new Writes(context);
			List<Long> ids = writes.insert();
			writes.retitle(ids);
			writes.delete(ids);
			deliveries.awaitCompletion();

			assertThat(context.getBean(WorkCounter.class).count()).isEqualTo(variant.expectedWork(POSTS));
			deliveries.clear();
			RegistryWrites written = table.writes().minus(before);
			assertThat(written.deliveries()).isEqualTo(3 * POSTS);
			assertThat(written.rows()).isEqualTo(3 * POSTS);
			assertThat(written.eventBytes()).isPositive();
			assertThat(written.rowBytes()).isGreaterThan(written.eventBytes());
		}
	}

	@Test
	void modulithsListenerRunsOnTheTaskExecutorWhoseTasksAreAwaited() {
		try (ConfigurableApplicationContext context = Variant.MODULITH.start("it_registry_async_")) {
			AsyncDeliveries async = context.getBean(AsyncDeliveries.class);
			Deliveries.of(context).clear();
			long before = async.tasksRun();

			new Writes(context).insert();
			Deliveries.of(context).awaitCompletion();

			assertThat(async.tasksRun() - before).isEqualTo(POSTS);
			assertThat(context.getBean(WorkCounter.class).count()).isEqualTo(POSTS);
		}
	}

	/**
	 * Writes posts as the workload does, in one transaction per step.
	 */
	private static final class Writes {

		private final TransactionOperations transactions;

		private final PostRepository<BenchPost> posts;

		@SuppressWarnings("unchecked")
		Writes(ConfigurableApplicationContext context) {
			this.transactions = context.getBean(TransactionOperations.class);
			this.posts = context.getBean(PostRepository.class);
		}

		List<Long> insert() {
			return this.transactions.execute((status) -> {
				List<Long> ids = new ArrayList<>();
				for (int i = 0; i < POSTS; i++) {
					ids.add(this.posts.save(this.posts.create("Post " + i, "body")).getId());
				}
				return ids;
			});
		}

		void retitle(List<Long> ids) {
			this.transactions.executeWithoutResult((status) -> {
				for (BenchPost post : this.posts.findAllById(ids)) {
					post.retitle("New");
					this.posts.save(post);
				}
			});
		}

		void delete(List<Long> ids) {
			this.transactions.executeWithoutResult((status) -> {
				for (BenchPost post : this.posts.findAllById(ids)) {
					post.discard();
					this.posts.delete(post);
				}
			});
		}

	}

}
