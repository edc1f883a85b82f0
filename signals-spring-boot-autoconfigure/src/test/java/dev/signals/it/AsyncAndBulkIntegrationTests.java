package dev.signals.it;

import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class AsyncAndBulkIntegrationTests extends PostgresTestSupport {

	@Autowired
	DispatcherReceivers receivers;

	@Autowired
	ArticleRepository articles;

	@Autowired
	EntityManager entityManager;

	@Test
	void anAsyncAfterCommitReceiverRunsOnTheTaskExecutorAfterCommit() throws InterruptedException {
		this.receivers.expectAsync();
		String caller = Thread.currentThread().getName();

		inTransaction(() -> {
			this.articles.save(new Article("async", "x"));
			this.articles.flush();
			assertThat(this.log.labels()).doesNotContain("async");
		});

		assertThat(this.receivers.awaitAsync()).isTrue();
		assertThat((String) this.log.only("async").detail()).doesNotStartWith(caller + " ").endsWith(" sees 1 row");
		assertThat(count("article")).isOne();
	}

	@Test
	void aJpqlBulkUpdateSendsBulkChanged() {
		this.articles.save(new Article("one", "x"));
		this.articles.save(new Article("two", "x"));
		this.log.clear();

		int rows = inTransaction(() -> this.entityManager.createQuery("update Article a set a.body = 'bulk'")
			.executeUpdate());

		assertThat(rows).isEqualTo(2);
		assertThat(this.log.only("bulk").detail()).isEqualTo("UPDATE 2");
		assertThat(this.log.labels()).doesNotContain("PRE_SAVE", "POST_SAVE");
	}

	@Test
	void aSpringDataModifyingQuerySendsBulkChanged() {
		this.articles.save(new Article("old", "x"));
		this.articles.save(new Article("new", "x"));
		this.log.clear();

		int rows = inTransaction(() -> this.articles.deleteByTitle("old"));

		assertThat(rows).isOne();
		assertThat(this.log.only("bulk").detail()).isEqualTo("DELETE 1");
	}

	@Test
	void bulkStatementsOnAJoinedSubclassSendOneBulkChangedForTheEntityTheyName() {
		inTransaction(() -> {
			this.entityManager.persist(new Dog("Rex", "collie"));
			this.entityManager.persist(new Dog("Fido", "collie"));
			this.entityManager.persist(new Dog("Laika", "mongrel"));
			this.entityManager.persist(new Animal("Tom"));
		});
		this.log.clear();

		int bred = inTransaction(() -> this.entityManager
			.createQuery("update Dog d set d.breed = 'labrador' where d.breed = 'collie'")
			.executeUpdate());
		int renamed = inTransaction(() -> this.entityManager
			.createQuery("update Dog d set d.name = 'Good dog' where d.breed = 'labrador'")
			.executeUpdate());
		int deleted = inTransaction(
				() -> this.entityManager.createQuery("delete from Dog d where d.name = 'Good dog'").executeUpdate());

		assertThat(List.of(bred, renamed, deleted)).containsExactly(2, 2, 2);
		assertThat(this.log.entries("animals bulk")).extracting(SignalLog.Entry::detail)
			.containsExactly("Dog UPDATE 2", "Dog UPDATE 2", "Dog DELETE 2");
		assertThat(count("dog")).isOne();
		assertThat(count("animal")).isEqualTo(2);
	}

	@Test
	void aNativeStatementSendsNothing() {
		this.articles.save(new Article("native", "x"));
		this.log.clear();

		inTransaction(() -> this.entityManager.createNativeQuery("update article set body = 'native'").executeUpdate());

		assertThat(this.log.labels()).doesNotContain("bulk");
	}

}
