package dev.signals.bench.e2e;

import java.util.ArrayList;
import java.util.List;

import dev.signals.bench.e2e.model.BenchPost;
import dev.signals.bench.e2e.model.BenchTag;
import dev.signals.bench.e2e.model.PostRepository;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionOperations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two variants of the Django seeds' workload do the same work, the signal receivers as
 * the entity listener and the tag counter updated by hand: every written article has its
 * slug and word count, each tag's counter equals its rows in the join table, and the work
 * counted is the same.
 */
class DjangoWorkloadIntegrationTests {

	private static final int POSTS = 100;

	private static final String SCHEMA = "signals_bench.";

	@ParameterizedTest
	@CsvSource({ "DJANGO_SIGNALS, signalled_article", "DJANGO_LISTENERS, listened_article" })
	@SuppressWarnings("unchecked")
	void theSignalsAndTheEntityListenerDoTheSameWork(Variant variant, String articleTable) {
		String prefix = "it_django_" + variant.key() + "_";
		try (ConfigurableApplicationContext context = variant.start(prefix)) {
			TransactionOperations transactions = context.getBean(TransactionOperations.class);
			PostRepository<BenchPost> posts = context.getBean(PostRepository.class);
			EntityManager entityManager = context.getBean(EntityManager.class);
			ByHand byHand = ByHand.of(context);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			BenchTag tag = transactions.execute((status) -> {
				BenchTag created = new BenchTag("counted");
				entityManager.persist(created);
				return created;
			});
			List<Long> ids = new ArrayList<>();

			transactions.executeWithoutResult((status) -> {
				for (int i = 0; i < POSTS; i++) {
					ids.add(posts.save(posts.create("Post " + i, "Three words here")).getId());
				}
			});
			transactions.executeWithoutResult((status) -> posts.findAllById(ids).forEach((post) -> {
				post.retitle("Updated post " + post.getId());
				posts.save(post);
			}));
			transactions.executeWithoutResult((status) -> posts.findWithTags(ids).forEach((post) -> {
				post.tag(tag);
				byHand.tagged(post, tag);
			}));

			assertThat(jdbc.queryForObject("select count(*) from " + SCHEMA + prefix + articleTable
					+ " where slug = 'updated-post-' || id and word_count = 3", Integer.class)).isEqualTo(POSTS);
			assertThat(jdbc.queryForObject("select article_count from " + SCHEMA + prefix + "bench_tag where id = ?",
					Integer.class, tag.getId()))
				.isEqualTo(jdbc.queryForObject("select count(*) from " + SCHEMA + prefix + "post_tags where tag_id = ?",
						Integer.class, tag.getId()))
				.isEqualTo(POSTS);

			transactions.executeWithoutResult((status) -> posts.findAllById(ids).forEach(posts::delete));
			assertThat(context.getBean(WorkCounter.class).count()).isEqualTo(variant.expectedWork(POSTS));
		}
	}

}
