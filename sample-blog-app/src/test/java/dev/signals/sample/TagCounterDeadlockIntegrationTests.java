package dev.signals.sample;

import java.util.ArrayList;
import java.util.Collections;
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
import java.util.stream.IntStream;

import dev.signals.sample.BlogApi.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight clients retag the same articles with random sets of the same tags, many times over:
 * the tag counters never deadlock (no request fails, and PostgreSQL's deadlock count for the
 * database does not move) and each tag's count equals its rows in the join table.
 */
class TagCounterDeadlockIntegrationTests extends BlogTestSupport {

	private static final int CLIENTS = 8;

	private static final int REQUESTS_PER_CLIENT = 300;

	private static final int ARTICLES = 16;

	private static final int TAGS = 20;

	/**
	 * How long PostgreSQL may keep a backend's statistics before it reports them: a backend
	 * that reported less than a second ago reports again once it has been idle this long.
	 */
	private static final long STATISTICS_DELAY_MILLIS = 11_000;

	@Test
	void retaggingTheSameArticlesFromEightClientsNeverDeadlocks() throws Exception {
		BlogApi api = api();
		String run = UUID.randomUUID().toString().substring(0, 6);
		List<String> tags = IntStream.range(0, TAGS).mapToObj((i) -> "d" + run + "-" + i).toList();
		long author = api.createAuthor("Deadlock probe " + run);
		List<Long> articles = new ArrayList<>();
		for (int i = 0; i < ARTICLES; i++) {
			articles.add(api.createArticle(author, "Contended " + run + " " + i, "text", tags.subList(0, i % TAGS))
				.json()
				.get("id")
				.asLong());
		}
		long deadlocksBefore = deadlocks();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<List<String>>> clients = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				clients.add(pool.submit(retagging(articles, tags, new Random(i), start)));
			}
			start.countDown();
			List<String> failures = new ArrayList<>();
			for (Future<List<String>> client : clients) {
				failures.addAll(client.get(10, TimeUnit.MINUTES));
			}
			assertThat(failures).as("requests that failed (a deadlock is answered 409 after a second)").isEmpty();
		}
		finally {
			pool.shutdownNow();
		}
		Thread.sleep(STATISTICS_DELAY_MILLIS);
		assertThat(deadlocks()).as("deadlocks in the database (pg_stat_database)").isEqualTo(deadlocksBefore);
		assertTagCountsMatchTheJoinTable();
	}

	private Callable<List<String>> retagging(List<Long> articles, List<String> tags, Random random,
			CountDownLatch start) {
		return () -> {
			BlogApi api = api();
			List<String> failures = new ArrayList<>();
			start.await();
			for (int request = 0; request < REQUESTS_PER_CLIENT; request++) {
				long article = articles.get(random.nextInt(articles.size()));
				List<String> shuffled = new ArrayList<>(tags);
				Collections.shuffle(shuffled, random);
				List<String> given = shuffled.subList(0, random.nextInt(TAGS + 1));
				Reply reply = api.put("/api/articles/" + article + "/tags", Map.of("tags", given));
				if (reply.status() != 200) {
					failures.add(reply.status() + " " + reply.json());
				}
			}
			return failures;
		};
	}

	private long deadlocks() {
		this.jdbc.execute("select pg_stat_clear_snapshot()");
		return count("select deadlocks from pg_stat_database where datname = current_database()");
	}

}
