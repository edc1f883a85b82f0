package dev.signals.it;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hundreds of random changes to the article-tag relation, in committed and rolled-back
 * transactions; after-commit receivers that apply each {@code M2MChanged} to a counter keep
 * every counter equal to the join table.
 */
class M2MRandomizedIntegrationTests extends PostgresTestSupport {

	private static final int TRANSACTIONS = 40;

	@Autowired
	EntityManager entityManager;

	@Autowired
	M2MReceivers receivers;

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void countersFedByM2MChangedMatchTheJoinTable(long seed) {
		this.receivers.resetCounters();
		Random random = new Random(seed);
		inTransaction(() -> {
			for (int i = 0; i < 6; i++) {
				this.entityManager.persist(new Tag("tag " + i));
				this.entityManager.persist(new Article("article " + i, "x"));
			}
		});
		int operations = 0;
		for (int t = 0; t < TRANSACTIONS; t++) {
			boolean rollback = random.nextInt(5) == 0;
			int count = 1 + random.nextInt(12);
			operations += count;
			try {
				inTransaction(() -> {
					for (int i = 0; i < count; i++) {
						randomOperation(random);
					}
					this.entityManager.flush();
					if (rollback) {
						throw new Refused("rolled back on purpose");
					}
				});
			}
			catch (Refused expected) {
				// the changes of this transaction must not reach the counters
			}
		}

		Map<Long, Integer> joinTable = joinTableCounts();
		assertThat(operations).isGreaterThan(200);
		assertThat(nonZero(this.receivers.countsFromArticles)).as("counters fed from the article side, seed %d", seed)
			.isEqualTo(joinTable);
		assertThat(nonZero(this.receivers.countsFromTags)).as("counters fed from the tag side, seed %d", seed)
			.isEqualTo(joinTable);
	}

	private void randomOperation(Random random) {
		List<Article> articles = this.entityManager.createQuery("from Article", Article.class).getResultList();
		List<Tag> tags = this.entityManager.createQuery("from Tag", Tag.class).getResultList();
		if (articles.isEmpty() || tags.isEmpty()) {
			this.entityManager.persist(new Article("fresh", "x"));
			this.entityManager.persist(new Tag("fresh"));
			return;
		}
		Article article = articles.get(random.nextInt(articles.size()));
		Tag tag = tags.get(random.nextInt(tags.size()));
		switch (random.nextInt(9)) {
			case 0, 1 -> article.tag(tag);
			case 2 -> article.untag(tag);
			case 3 -> article.getTags().clear();
			case 4 -> article.setTags(randomTags(random, tags));
			case 5 -> this.entityManager.remove(article);
			case 6 -> {
				Article fresh = new Article("new", "x");
				fresh.setTags(randomTags(random, tags));
				this.entityManager.persist(fresh);
			}
			case 7 -> deleteTag(tag);
			default -> this.entityManager.persist(new Tag("new"));
		}
	}

	private Set<Tag> randomTags(Random random, List<Tag> tags) {
		Set<Tag> chosen = new LinkedHashSet<>();
		int size = random.nextInt(4);
		for (int i = 0; i < size; i++) {
			chosen.add(tags.get(random.nextInt(tags.size())));
		}
		return chosen;
	}

	private void deleteTag(Tag tag) {
		List<Article> tagged = this.entityManager
			.createQuery("select a from Article a join a.tags t where t = :tag", Article.class)
			.setParameter("tag", tag)
			.getResultList();
		for (Article article : new ArrayList<>(tagged)) {
			article.untag(tag);
		}
		this.entityManager.remove(tag);
	}

	private Map<Long, Integer> joinTableCounts() {
		Map<Long, Integer> counts = new HashMap<>();
		for (Object[] row : this.entityManager
			.createQuery("select t.id, count(a) from Tag t join t.articles a group by t.id", Object[].class)
			.getResultList()) {
			counts.put((Long) row[0], ((Long) row[1]).intValue());
		}
		return counts;
	}

	private static Map<Long, Integer> nonZero(Map<Long, Integer> counters) {
		Map<Long, Integer> nonZero = new HashMap<>(counters);
		nonZero.values().removeIf((value) -> value == 0);
		return nonZero;
	}

}
