package dev.signals.it;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The warning about changes made only to the inverse side of a relation is logged once per
 * attribute and session factory, so this test starts from a fresh application context, and
 * checks that changes kept in sync are not warned about before it provokes the warning.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class InverseSideWarningIntegrationTests extends PostgresTestSupport {

	@Autowired
	EntityManager entityManager;

	private Long[] articleAndTags() {
		Long[] ids = inTransaction(() -> {
			Article article = new Article("inverse", "x");
			Tag one = new Tag("one");
			Tag two = new Tag("two");
			this.entityManager.persist(article);
			this.entityManager.persist(one);
			this.entityManager.persist(two);
			return new Long[] { article.getId(), one.getId(), two.getId() };
		});
		this.log.clear();
		return ids;
	}

	@Test
	@Order(1)
	void changingBothSidesInSyncDoesNotWarn(CapturedOutput output) {
		Long[] ids = articleAndTags();

		inTransaction(() -> this.entityManager.find(Article.class, ids[0])
			.tag(this.entityManager.find(Tag.class, ids[1])));

		assertThat(output).doesNotContain("changed without its owning side");
		assertThat(this.log.labels()).contains("m2m");
	}

	@Test
	@Order(1)
	void deletingAnOwnerAfterRemovingItFromTheInverseSidesDoesNotWarn(CapturedOutput output) {
		Long[] ids = articleAndTags();
		inTransaction(() -> {
			Article article = this.entityManager.find(Article.class, ids[0]);
			article.tag(this.entityManager.find(Tag.class, ids[1]));
			article.tag(this.entityManager.find(Tag.class, ids[2]));
		});

		inTransaction(() -> {
			Article article = this.entityManager.find(Article.class, ids[0]);
			for (Tag tag : article.getTags()) {
				tag.getArticles().remove(article);
			}
			this.entityManager.remove(article);
		});

		assertThat(count("article_tags")).isZero();
		assertThat(output).doesNotContain("changed without its owning side");
	}

	@Test
	@Order(2)
	void changingOnlyTheInverseSideSendsNothingAndWarnsOncePerAttribute(CapturedOutput output) {
		Long[] ids = articleAndTags();

		for (Long tagId : new Long[] { ids[1], ids[2] }) {
			inTransaction(() -> this.entityManager.find(Tag.class, tagId)
				.getArticles()
				.add(this.entityManager.find(Article.class, ids[0])));
		}

		assertThat(this.log.labels()).doesNotContain("m2m");
		assertThat(count("article_tags")).isZero();
		assertThat(output.getOut().split("Tag.articles changed without its owning side Article.tags", -1))
			.hasSize(2);
	}

	@Test
	@Order(3)
	void removingOnlyFromANeverLoadedInverseSideWarns(CapturedOutput output) {
		Long[] ids = inTransaction(() -> {
			Person idol = new Person("idol");
			Person fan = new Person("fan");
			this.entityManager.persist(idol);
			this.entityManager.persist(fan);
			idol.addFan(fan);
			return new Long[] { idol.getId(), fan.getId() };
		});

		inTransaction(() -> {
			Person idol = this.entityManager.find(Person.class, ids[0]);
			this.entityManager.find(Person.class, ids[1]).getIdols().remove(idol);
		});

		assertThat(count("person_fans")).isOne();
		assertThat(output).contains("Person.idols changed without its owning side Person.fans");
	}

}
