package dev.signals.it;

import java.util.List;

import dev.signals.M2MChanged;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.Transaction;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes through a {@link StatelessSession}, and many-to-many relations whose elements are
 * instances of subclasses that the persistence context has not loaded.
 */
class SessionKindsIntegrationTests extends PostgresTestSupport {

	@Autowired
	EntityManager entityManager;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void aStatelessSessionSendsSaveAndDeleteSignalsAndWritesRelationsWithoutM2MSignals() {
		Long tagId = inTransaction(() -> {
			Tag tag = new Tag("stateless");
			this.entityManager.persist(tag);
			return tag.getId();
		});
		this.log.clear();

		Article article = new Article("stateless", "x");
		try (StatelessSession session = this.entityManagerFactory.unwrap(SessionFactory.class)
			.openStatelessSession()) {
			Transaction transaction = session.beginTransaction();
			article.getTags().add(session.get(Tag.class, tagId));
			session.insert(article);
			transaction.commit();
		}

		assertThat(count("article")).isOne();
		assertThat(count("article_tags")).isOne();
		assertThat(this.log.labels()).contains("PRE_SAVE", "POST_SAVE").doesNotContain("m2m");

		this.jdbc.execute("delete from article_tags");
		this.log.clear();
		try (StatelessSession session = this.entityManagerFactory.unwrap(SessionFactory.class)
			.openStatelessSession()) {
			Transaction transaction = session.beginTransaction();
			session.delete(session.get(Article.class, article.getId()));
			transaction.commit();
		}

		assertThat(this.log.labels()).containsSubsequence("PRE_DELETE", "POST_DELETE");
		assertThat(this.log.only("PRE_DELETE").detail()).isEqualTo("1/0");
		assertThat(count("article")).isZero();
	}

	@Test
	void theReverseViewOfANeverLoadedSubclassElementReachesTheSubclassReceivers() {
		Long zooId = inTransaction(() -> {
			Dog dog = new Dog("Rex", "collie");
			Animal cat = new Animal("Tom");
			this.entityManager.persist(dog);
			this.entityManager.persist(cat);
			Zoo zoo = new Zoo();
			zoo.getAnimals().add(dog);
			zoo.getAnimals().add(cat);
			this.entityManager.persist(zoo);
			return zoo.getId();
		});
		this.log.clear();

		inTransaction(() -> this.entityManager.remove(this.entityManager.find(Zoo.class, zooId)));

		assertThat(this.log.entries("dog m2m")).extracting(SignalLog.Entry::detail)
			.containsExactly("PRE_CLEAR Rex [" + zooId + "]", "POST_CLEAR Rex [" + zooId + "]");
		assertThat(this.log.entries("dog m2m")).extracting((entry) -> (Object) ((M2MChanged<?>) entry.signal()).sender())
			.containsOnly(Dog.class);
		assertThat(List.of(count("zoo"), count("zoo_animals"))).containsExactly(0L, 0L);
	}

}
