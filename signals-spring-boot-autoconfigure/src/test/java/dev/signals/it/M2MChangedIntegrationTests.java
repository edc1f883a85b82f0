package dev.signals.it;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.signals.M2MAction;
import dev.signals.M2MChanged;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class M2MChangedIntegrationTests extends PostgresTestSupport {

	@Autowired
	EntityManager entityManager;

	@Autowired
	M2MReceivers receivers;

	private Long t1;

	private Long t2;

	private Long t3;

	@BeforeEach
	void threeTags() {
		this.t1 = newTag("one");
		this.t2 = newTag("two");
		this.t3 = newTag("three");
		this.receivers.resetCounters();
	}

	private Long newTag(String name) {
		return inTransaction(() -> {
			Tag tag = new Tag(name);
			this.entityManager.persist(tag);
			return tag.getId();
		});
	}

	private Long articleTagged(Long... tagIds) {
		Long id = inTransaction(() -> {
			Article article = new Article("tagged", "x");
			this.entityManager.persist(article);
			for (Long tagId : tagIds) {
				article.tag(this.entityManager.find(Tag.class, tagId));
			}
			return article.getId();
		});
		this.log.clear();
		return id;
	}

	private Article article(Long id) {
		return this.entityManager.find(Article.class, id);
	}

	private Tag tag(Long id) {
		return this.entityManager.find(Tag.class, id);
	}

	private List<String> forward() {
		return this.log.entries("m2m")
			.stream()
			.filter((entry) -> !((M2MChanged<?>) entry.signal()).reverse())
			.map((entry) -> (String) entry.detail())
			.toList();
	}

	private List<String> all(String label) {
		return this.log.entries(label).stream().map((entry) -> (String) entry.detail()).toList();
	}

	private String keys(Long... ids) {
		return Arrays.stream(ids).map(String::valueOf).sorted().collect(Collectors.joining(", ", "[", "]"));
	}

	@Test
	void theModelOfBothViewsIsTheEntityClassTheRelationDeclaresNotTheClassOfAnInstance() {
		Long parkId = inTransaction(() -> {
			Dog dog = new Dog("Rex", "collie");
			this.entityManager.persist(dog);
			SafariPark park = new SafariPark();
			park.getAnimals().add(dog);
			this.entityManager.persist(park);
			return park.getId();
		});

		M2MChanged<?> forward = this.log.entries("m2m")
			.stream()
			.map((entry) -> entry.as(M2MChanged.class))
			.filter((signal) -> !signal.reverse())
			.findFirst()
			.orElseThrow();
		assertThat(forward.sender()).isEqualTo(SafariPark.class);
		assertThat(forward.model()).isEqualTo(Animal.class);
		M2MChanged<?> reverse = this.log.entries("dog m2m").get(0).as(M2MChanged.class);
		assertThat(reverse.sender()).isEqualTo(Dog.class);
		assertThat(reverse.pkSet()).containsExactly(parkId);
		assertThat(reverse.model()).isEqualTo(Zoo.class);
	}

	@Test
	void addingSendsPreAndPostAddWithTheAddedKeysFromBothSides() {
		Long a = articleTagged(this.t1);

		inTransaction(() -> article(a).tag(tag(this.t2)));

		assertThat(all("m2m")).containsExactly("Article.tags PRE_ADD " + keys(this.t2),
				"Tag.articles PRE_ADD " + keys(a) + " reverse of Article", "Article.tags POST_ADD " + keys(this.t2),
				"Tag.articles POST_ADD " + keys(a) + " reverse of Article");
		M2MChanged<?> reverse = this.log.entries("m2m").get(1).as(M2MChanged.class);
		assertThat(reverse.instance()).isInstanceOf(Tag.class).extracting((tag) -> ((Tag) tag).getId()).isEqualTo(this.t2);
		assertThat(reverse.model()).isEqualTo(Article.class);
		M2MChanged<?> forward = this.log.entries("m2m").get(0).as(M2MChanged.class);
		assertThat(forward.model()).isEqualTo(Tag.class);
		assertThat(forward.sender()).isEqualTo(Article.class);
		assertThat(forward.pkSet()).containsExactly(this.t2);
	}

	@Test
	void preActionsComeBeforeTheJoinTableSqlAndPostActionsAfterIt() {
		Long a = articleTagged();

		inTransaction(() -> article(a).tag(tag(this.t1)));
		inTransaction(() -> article(a).untag(tag(this.t1)));
		inTransaction(() -> article(a).tag(tag(this.t2)));
		inTransaction(() -> article(a).tag(tag(this.t3)));
		inTransaction(() -> article(a).untag(tag(this.t3)));

		assertThat(all("join rows")).containsExactly("PRE_ADD 0", "POST_ADD 1", "PRE_CLEAR 1", "POST_CLEAR 0",
				"PRE_ADD 0", "POST_ADD 1", "PRE_ADD 1", "POST_ADD 2", "PRE_REMOVE 2", "POST_REMOVE 1");
	}

	@Test
	void addingAnElementThatIsAlreadyThereSendsNothing() {
		Long a = articleTagged(this.t1);

		inTransaction(() -> article(a).tag(tag(this.t1)));

		assertThat(all("m2m")).isEmpty();
	}

	@Test
	void removingSendsPreAndPostRemove() {
		Long a = articleTagged(this.t1, this.t2);

		inTransaction(() -> article(a).untag(tag(this.t1)));

		assertThat(forward()).containsExactly("Article.tags PRE_REMOVE " + keys(this.t1),
				"Article.tags POST_REMOVE " + keys(this.t1));
		assertThat(all("m2m")).contains("Tag.articles POST_REMOVE " + keys(a) + " reverse of Article");
	}

	@Test
	void removingAnElementThatIsNotThereSendsNothing() {
		Long a = articleTagged(this.t1);

		inTransaction(() -> article(a).untag(tag(this.t2)));

		assertThat(all("m2m")).isEmpty();
	}

	@Test
	void addingAndRemovingTheSameElementInOneFlushSendsNothing() {
		Long a = articleTagged(this.t1);

		inTransaction(() -> {
			article(a).tag(tag(this.t2));
			article(a).untag(tag(this.t2));
		});

		assertThat(all("m2m")).isEmpty();
	}

	@Test
	void replacingWithAnOverlappingSetSendsTheNetDifferenceRemovesFirstAndPostActionsAfterTheFlush() {
		Long a = articleTagged(this.t1, this.t2);

		inTransaction(() -> {
			Article article = article(a);
			article.getTags().size();
			article.setTags(new LinkedHashSet<>(List.of(tag(this.t2), tag(this.t3))));
		});

		assertThat(forward()).containsExactly("Article.tags PRE_REMOVE " + keys(this.t1),
				"Article.tags PRE_ADD " + keys(this.t3), "Article.tags POST_REMOVE " + keys(this.t1),
				"Article.tags POST_ADD " + keys(this.t3));
	}

	@Test
	void replacingANeverLoadedCollectionSendsTheNetDifference() {
		Long a = articleTagged(this.t1, this.t2);

		inTransaction(() -> article(a).setTags(new LinkedHashSet<>(List.of(tag(this.t2), tag(this.t3)))));

		assertThat(forward()).containsExactly("Article.tags PRE_REMOVE " + keys(this.t1),
				"Article.tags PRE_ADD " + keys(this.t3), "Article.tags POST_REMOVE " + keys(this.t1),
				"Article.tags POST_ADD " + keys(this.t3));
		assertThat(all("m2m")).contains("Tag.articles POST_REMOVE " + keys(a) + " reverse of Article",
				"Tag.articles POST_ADD " + keys(a) + " reverse of Article");
	}

	@Test
	void replacingACollectionInsideAnEmbeddableSendsTheNetDifference() {
		Long shelf = inTransaction(() -> {
			Shelf created = new Shelf();
			created.getContents().getTags().add(tag(this.t1));
			created.getContents().getTags().add(tag(this.t2));
			this.entityManager.persist(created);
			return created.getId();
		});
		this.log.clear();

		inTransaction(() -> this.entityManager.find(Shelf.class, shelf)
			.getContents()
			.setTags(new LinkedHashSet<>(List.of(tag(this.t2), tag(this.t3)))));

		assertThat(all("m2m")).containsExactly("Shelf.tags PRE_REMOVE " + keys(this.t1),
				"Shelf.tags PRE_ADD " + keys(this.t3), "Shelf.tags POST_REMOVE " + keys(this.t1),
				"Shelf.tags POST_ADD " + keys(this.t3));
	}

	@Test
	void settingTheEmbeddableOfACollectionToNullSendsClear() {
		Long shelf = inTransaction(() -> {
			Shelf created = new Shelf();
			created.getContents().getTags().add(tag(this.t1));
			this.entityManager.persist(created);
			return created.getId();
		});
		this.log.clear();

		inTransaction(() -> this.entityManager.find(Shelf.class, shelf).setContents(null));

		assertThat(all("m2m")).containsExactly("Shelf.tags PRE_CLEAR " + keys(this.t1),
				"Shelf.tags POST_CLEAR " + keys(this.t1));
	}

	@Test
	void clearingSendsClearWithTheRemovedKeys() {
		Long a = articleTagged(this.t1, this.t2);

		inTransaction(() -> article(a).getTags().clear());

		assertThat(forward()).containsExactly("Article.tags PRE_CLEAR " + keys(this.t1, this.t2),
				"Article.tags POST_CLEAR " + keys(this.t1, this.t2));
	}

	@Test
	void replacingWithAnEmptyCollectionSendsClear() {
		Long a = articleTagged(this.t1, this.t2);

		inTransaction(() -> article(a).setTags(new LinkedHashSet<>()));

		assertThat(forward()).containsExactly("Article.tags PRE_CLEAR " + keys(this.t1, this.t2),
				"Article.tags POST_CLEAR " + keys(this.t1, this.t2));
	}

	@Test
	void deletingTheOwnerSendsClearBetweenItsPreDeleteAndPostDelete() {
		Long a = articleTagged(this.t1, this.t2);

		inTransaction(() -> this.entityManager.remove(article(a)));

		assertThat(this.log.labels()).filteredOn((label) -> label.equals("m2m") || label.endsWith("DELETE"))
			.containsExactly("PRE_DELETE", "m2m", "m2m", "m2m", "m2m", "m2m", "m2m", "POST_DELETE");
		assertThat(all("m2m")).containsExactly("Article.tags PRE_CLEAR " + keys(this.t1, this.t2),
				"Tag.articles PRE_CLEAR " + keys(a) + " reverse of Article",
				"Tag.articles PRE_CLEAR " + keys(a) + " reverse of Article",
				"Article.tags POST_CLEAR " + keys(this.t1, this.t2),
				"Tag.articles POST_CLEAR " + keys(a) + " reverse of Article",
				"Tag.articles POST_CLEAR " + keys(a) + " reverse of Article");
	}

	@Test
	void deletingSeveralOwnersInOneFlushSendsEachItsOwnClear() {
		Long first = articleTagged(this.t1, this.t2);
		Long second = articleTagged(this.t3);
		Long untagged = articleTagged();

		inTransaction(() -> {
			for (Long id : new Long[] { first, second, untagged }) {
				this.entityManager.remove(this.entityManager.getReference(Article.class, id));
			}
		});

		assertThat(forward()).containsExactlyInAnyOrder("Article.tags PRE_CLEAR " + keys(this.t1, this.t2),
				"Article.tags POST_CLEAR " + keys(this.t1, this.t2), "Article.tags PRE_CLEAR " + keys(this.t3),
				"Article.tags POST_CLEAR " + keys(this.t3));
		assertThat(count("article_tags")).isZero();
	}

	@Test
	void aCascadedDeleteOfTheOwnerSendsClear() {
		Long authorId = inTransaction(() -> {
			Author author = new Author("writer");
			this.entityManager.persist(author);
			Article article = author.write(new Article("by writer", "x"));
			this.entityManager.persist(article);
			article.tag(tag(this.t1));
			return author.getId();
		});
		this.log.clear();

		inTransaction(() -> this.entityManager.remove(this.entityManager.find(Author.class, authorId)));

		assertThat(forward()).containsExactly("Article.tags PRE_CLEAR " + keys(this.t1),
				"Article.tags POST_CLEAR " + keys(this.t1));
		assertThat(count("article_tags")).isZero();
	}

	@Test
	void aNewOwnerWithElementsSendsAdd() {
		inTransaction(() -> {
			Article article = new Article("new", "x");
			article.tag(tag(this.t1));
			article.tag(tag(this.t3));
			this.entityManager.persist(article);
		});

		assertThat(forward()).containsExactly("Article.tags PRE_ADD " + keys(this.t1, this.t3),
				"Article.tags POST_ADD " + keys(this.t1, this.t3));
	}

	@Test
	void aRelationOfAClassToItselfTellsTheViewsApartByFieldAndReverse() {
		Long[] ids = inTransaction(() -> {
			Person star = new Person("star");
			Person fan = new Person("fan");
			this.entityManager.persist(star);
			this.entityManager.persist(fan);
			return new Long[] { star.getId(), fan.getId() };
		});
		this.log.clear();

		inTransaction(() -> this.entityManager.find(Person.class, ids[0])
			.addFan(this.entityManager.find(Person.class, ids[1])));

		assertThat(all("m2m")).containsExactly("Person.fans PRE_ADD " + keys(ids[1]),
				"Person.idols PRE_ADD " + keys(ids[0]) + " reverse of Person", "Person.fans POST_ADD " + keys(ids[1]),
				"Person.idols POST_ADD " + keys(ids[0]) + " reverse of Person");
		assertThat(all("fans only")).containsExactly("Person.fans PRE_ADD " + keys(ids[1]),
				"Person.fans POST_ADD " + keys(ids[1]));
	}

	@Test
	void afterCommitReceiversGetTheChangesOfCommittedTransactionsOnly() {
		Long a = articleTagged();

		inTransaction(() -> article(a).tag(tag(this.t1)));
		assertThatExceptionOfType(Refused.class).isThrownBy(() -> inTransaction(() -> {
			article(a).tag(tag(this.t2));
			this.entityManager.flush();
			throw new Refused("rollback");
		}));

		assertThat(all("m2m after commit")).containsExactly("Article.tags PRE_ADD " + keys(this.t1),
				"Article.tags POST_ADD " + keys(this.t1));
		assertThat(forward()).contains("Article.tags POST_ADD " + keys(this.t2));
	}

	@Test
	void removingTheLastElementIsAClearFromBothSides() {
		Long a = articleTagged(this.t1);

		inTransaction(() -> article(a).untag(tag(this.t1)));

		assertThat(this.log.entries("m2m")).extracting((entry) -> entry.as(M2MChanged.class).action())
			.containsExactly(M2MAction.PRE_CLEAR, M2MAction.PRE_CLEAR, M2MAction.POST_CLEAR, M2MAction.POST_CLEAR);
	}

}
