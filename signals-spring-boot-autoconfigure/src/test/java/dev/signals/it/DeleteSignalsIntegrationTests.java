package dev.signals.it;

import java.util.ArrayList;
import java.util.List;

import dev.signals.ModelSignal;
import dev.signals.PostDelete;
import dev.signals.PreDelete;
import dev.signals.SignalConnection;
import dev.signals.SignalType;
import dev.signals.Signals;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DeleteSignalsIntegrationTests extends PostgresTestSupport {

	@Autowired
	ArticleRepository articles;

	@Autowired
	EntityManager entityManager;

	@Autowired
	Signals signals;

	private Long articleWithComments(int comments) {
		return inTransaction(() -> {
			Article article = new Article("With comments", "body");
			for (int i = 0; i < comments; i++) {
				article.addComment("comment " + i);
			}
			this.entityManager.persist(article);
			return article.getId();
		});
	}

	@Test
	void preDeleteRunsBeforeAnySqlAndPostDeleteAfterTheRowsDelete() {
		Long id = articleWithComments(0);
		this.log.clear();

		this.articles.deleteById(id);

		assertThat(this.log.only("PRE_DELETE").detail()).isEqualTo("1/0");
		assertThat(this.log.only("POST_DELETE").detail()).isEqualTo("0/0");
		PostDelete<?> postDelete = this.log.only("POST_DELETE").as(PostDelete.class);
		assertThat(((Article) postDelete.instance()).getId()).isEqualTo(id);
		assertThat(postDelete.origin()).isSameAs(postDelete.instance());
		assertThat(count("article")).isZero();
	}

	@Test
	void cascadedDeletionsCarryTheOriginAndAllPreDeletesComeBeforeAnySql() {
		Long id = articleWithComments(2);
		this.log.clear();

		inTransaction(() -> this.entityManager.remove(this.entityManager.find(Article.class, id)));

		assertThat(this.log.labels()).filteredOn((label) -> label.contains("DELETE"))
			.containsExactly("PRE_DELETE", "PRE_DELETE comment", "PRE_DELETE comment", "POST_DELETE comment",
					"POST_DELETE comment", "POST_DELETE");
		assertThat(this.log.only("PRE_DELETE").detail()).isEqualTo("1/2");
		assertThat(this.log.entries("PRE_DELETE comment")).extracting(SignalLog.Entry::detail).containsOnly(1L);
		assertThat(this.log.entries("POST_DELETE comment")).extracting(SignalLog.Entry::detail).containsOnly(0L);
		Object article = this.log.only("PRE_DELETE").as(PreDelete.class).instance();
		assertThat(this.log.entries()).filteredOn((entry) -> entry.label().contains("DELETE"))
			.extracting((entry) -> ((dev.signals.DeleteSignal<?>) entry.signal()).origin())
			.containsOnly(article);
	}

	@Test
	void aPreDeleteReceiverCanReadTheRelationsOfTheEntity() {
		Long id = articleWithComments(3);
		this.log.clear();

		this.articles.deleteById(id);

		PreDelete<?> preDelete = this.log.only("PRE_DELETE").as(PreDelete.class);
		assertThat(((Article) preDelete.instance()).getComments()).hasSize(3);
	}

	@Test
	void anExceptionInAPreDeleteReceiverPreventsTheDeletion() {
		Long id = articleWithComments(1);
		this.log.clear();
		this.log.failOn("PRE_DELETE", () -> new Refused("refused"));

		assertThatExceptionOfType(Refused.class).isThrownBy(() -> this.articles.deleteById(id)).withMessage("refused");

		assertThat(count("article")).isOne();
		assertThat(count("comment")).isOne();
		assertThat(this.log.labels()).doesNotContain("POST_DELETE", "PRE_DELETE comment");
	}

	@Test
	void orphanRemovalSendsDeleteSignalsWithTheOrphanAsOrigin() {
		Long id = articleWithComments(1);
		this.log.clear();

		inTransaction(() -> this.entityManager.find(Article.class, id).getComments().clear());

		assertThat(this.log.labels()).containsSubsequence("PRE_DELETE comment", "POST_DELETE comment");
		PostDelete<?> postDelete = this.log.only("POST_DELETE comment").as(PostDelete.class);
		assertThat(postDelete.origin()).isSameAs(postDelete.instance());
		assertThat(count("comment")).isZero();
	}

	@Test
	void everyRepositoryDeletePathSendsDeleteSignals() {
		Long first = articleWithComments(0);
		Long second = articleWithComments(0);
		Long third = articleWithComments(0);
		articleWithComments(0);
		this.log.clear();

		this.articles.deleteById(first);
		this.articles.delete(this.articles.findById(second).orElseThrow());
		inTransaction(() -> this.entityManager.remove(this.entityManager.getReference(Article.class, third)));
		this.articles.deleteAll();

		assertThat(this.log.entries("PRE_DELETE")).hasSize(4);
		assertThat(this.log.entries("POST_DELETE")).hasSize(4);
		assertThat(count("article")).isZero();
	}

	@Test
	void removingAnEntityTwiceSendsOneSignal() {
		Long id = articleWithComments(0);
		this.log.clear();

		inTransaction(() -> {
			Article article = this.entityManager.find(Article.class, id);
			this.entityManager.remove(article);
			this.entityManager.remove(article);
		});

		assertThat(this.log.entries("PRE_DELETE")).hasSize(1);
		assertThat(this.log.entries("POST_DELETE")).hasSize(1);
	}

	@Test
	void aDeleteInARolledBackTransactionLeavesTheRow() {
		Long id = articleWithComments(0);
		this.log.clear();

		assertThatIllegalStateException().isThrownBy(() -> inTransaction(() -> {
			this.articles.deleteById(id);
			this.articles.flush();
			throw new IllegalStateException("rollback");
		}));

		assertThat(this.log.labels()).containsSubsequence("PRE_DELETE", "POST_DELETE");
		assertThat(count("article")).isOne();
	}

	@Test
	void removingASubclassInstanceThroughAProxyOfItsSuperclassReachesTheSubclassReceivers() {
		Long id = inTransaction(() -> {
			SportsCar car = new SportsCar("fast", 300);
			this.entityManager.persist(car);
			return car.getId();
		});
		List<ModelSignal<SportsCar>> received = new ArrayList<>();
		SignalConnection connection = this.signals.connect(SignalType.PRE_DELETE, SportsCar.class, (signal) -> {
			received.add(signal);
			throw new Refused("no deleting sports cars");
		}, "refuse-sports-car-deletion");
		try {
			assertThatExceptionOfType(Refused.class).isThrownBy(() -> inTransaction(
					() -> this.entityManager.remove(this.entityManager.getReference(Car.class, id))));
		}
		finally {
			connection.disconnect();
		}

		assertThat(received).singleElement().satisfies((signal) -> {
			assertThat(signal.sender()).isEqualTo(SportsCar.class);
			assertThat(signal.instance()).isInstanceOf(SportsCar.class);
		});
		assertThat(count("car")).isOne();
	}

}
