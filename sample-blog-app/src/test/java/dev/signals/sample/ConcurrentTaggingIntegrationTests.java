package dev.signals.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.signals.sample.BlogApi.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several threads tag and untag articles with the same tags at once through the API: each
 * its own article with initially missing tags, or all of them the same article. Every
 * request succeeds, each tag exists once, and every tag's article count equals its rows in
 * the join table.
 */
class ConcurrentTaggingIntegrationTests extends BlogTestSupport {

	private static final int THREADS = 4;

	private static final int ROUNDS = 12;

	@Test
	void concurrentRetaggingLosesNothing() throws Exception {
		BlogApi api = api();
		String prefix = "c" + UUID.randomUUID().toString().substring(0, 6) + "-";
		List<String> names = List.of(prefix + "a", prefix + "b", prefix + "c", prefix + "d", prefix + "e");
		long author = api.createAuthor("Tagger " + prefix);
		List<Long> articles = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			articles.add(api.createArticle(author, "Tagged " + prefix + i, "text", List.of()).json().get("id").asLong());
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<List<String>>> lastTags = new ArrayList<>();
			for (int i = 0; i < THREADS; i++) {
				lastTags.add(pool.submit(retagging(articles.get(i), names, new Random(i), start)));
			}
			start.countDown();
			for (int i = 0; i < THREADS; i++) {
				List<String> expected = lastTags.get(i).get(60, TimeUnit.SECONDS);
				assertThat(this.jdbc.queryForList("select t.name from article_tag j join tag t on t.id = j.tag_id "
						+ "where j.article_id = ? order by t.name", String.class, articles.get(i)))
					.containsExactlyElementsOf(expected);
			}
		}
		finally {
			pool.shutdownNow();
		}
		for (String name : names) {
			assertThat(count("select count(*) from tag where name = ?", name)).as(name).isOne();
		}
		assertTagCountsMatchTheJoinTable();
	}

	@Test
	void concurrentRetaggingOfOneArticleKeepsTheCountsExact() throws Exception {
		BlogApi api = api();
		String prefix = "s" + UUID.randomUUID().toString().substring(0, 6) + "-";
		List<String> names = List.of(prefix + "a", prefix + "b", prefix + "c", prefix + "d", prefix + "e");
		long author = api.createAuthor("Shared tagger " + prefix);
		long article = api.createArticle(author, "Shared " + prefix, "text", names).json().get("id").asLong();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<Void>> retaggers = new ArrayList<>();
			for (int i = 0; i < THREADS; i++) {
				retaggers.add(pool.submit(retaggingShared(article, names, new Random(100 + i), start)));
			}
			start.countDown();
			for (Future<Void> retagger : retaggers) {
				retagger.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertTagCountsMatchTheJoinTable();
	}

	private Callable<List<String>> retagging(long articleId, List<String> names, Random random, CountDownLatch start) {
		return () -> {
			BlogApi api = api();
			start.await();
			List<String> given = List.of();
			for (int round = 0; round < ROUNDS; round++) {
				given = names.stream().filter((name) -> random.nextBoolean()).sorted().toList();
				Reply reply = api.put("/api/articles/" + articleId + "/tags", Map.of("tags", given));
				assertThat(reply.status()).as("retag %s round %d: %s", articleId, round, reply.json()).isEqualTo(200);
				assertThat(reply.texts("tags", "name")).containsExactlyElementsOf(given);
			}
			return given;
		};
	}

	private Callable<Void> retaggingShared(long articleId, List<String> names, Random random, CountDownLatch start) {
		return () -> {
			BlogApi api = api();
			start.await();
			for (int round = 0; round < ROUNDS; round++) {
				List<String> given = names.stream().filter((name) -> random.nextBoolean()).sorted().toList();
				Reply reply = api.put("/api/articles/" + articleId + "/tags", Map.of("tags", given));
				assertThat(reply.status()).as("retag %s round %d: %s", articleId, round, reply.json()).isEqualTo(200);
			}
			return null;
		};
	}

}
