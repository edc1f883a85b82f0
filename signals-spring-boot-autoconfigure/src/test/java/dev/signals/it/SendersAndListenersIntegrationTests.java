package dev.signals.it;

import dev.signals.ClassPrepared;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class SendersAndListenersIntegrationTests extends PostgresTestSupport {

	@Autowired
	CarRepository cars;

	@Autowired
	ArticleRepository articles;

	@Autowired
	SpringListeners listeners;

	@Test
	void aReceiverForAClassAlsoReceivesItsSubclasses() {
		this.cars.save(new SportsCar("911", 300));

		assertThat(this.log.only("car").detail()).isEqualTo("SportsCar");
		assertThat(this.log.only("sports car").detail()).isEqualTo("SportsCar");
	}

	@Test
	void aReceiverForASubclassDoesNotReceiveItsSuperclass() {
		this.cars.save(new Car("Beetle"));

		assertThat(this.log.only("car").detail()).isEqualTo("Car");
		assertThat(this.log.labels()).doesNotContain("sports car");
	}

	@Test
	void orderOnTheMethodOrdersReceiversOfTheSameSignal() {
		this.cars.save(new Car("Golf"));

		assertThat(this.log.labels()).containsSubsequence("order 1", "order 2");
	}

	@Test
	void plainSpringListenersReceiveModelSignals() {
		this.articles.save(new Article("listened", "x"));

		assertThat(this.log.labels()).containsSubsequence("POST_SAVE", "@EventListener")
			.containsSubsequence("@EventListener", "@TransactionalEventListener");
	}

	@Test
	void classPreparedIsPublishedOncePerEntityClass() {
		assertThat(this.listeners.prepared).extracting(ClassPrepared::entityClass)
			.containsExactlyInAnyOrder(Article.class, Comment.class, Tag.class, Car.class, SportsCar.class,
					Author.class, Person.class, Counter.class, Revision.class, Draft.class,
					Shelf.class, Animal.class, Dog.class, Ticket.class, Zoo.class, SafariPark.class);
		assertThat(this.listeners.prepared).allSatisfy((event) -> {
			assertThat(event.using()).isEqualTo("default");
			assertThat(event.entityType().getJavaType()).isEqualTo(event.entityClass());
		});
	}

}
