package dev.signals.writes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import dev.signals.ReceiverWriteException;
import dev.signals.SignalRecursionException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The seeds' receivers that write, as a Django developer ports them, through every write
 * path: their writes belong to the transaction, are written before it commits, send their
 * own signals, and roll back with it.
 */
class ReceiversThatWriteIntegrationTests extends WritesTestSupport {

	@Autowired
	EntityManager entityManager;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	MemberRepository members;

	@Autowired
	AccountRepository accounts;

	@Autowired
	NoteRepository notes;

	@Autowired
	LoginRepository logins;

	@Autowired
	ReplyRepository replies;

	private long profileOf(String table, String owner, Long ownerId) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where " + owner + "_id = ?", Long.class,
				ownerId);
	}

	@Test
	void aProfileIsCreatedForANewMemberWithIdentityIdsThroughSave() {
		Member member = this.members.save(new Member("ann"));

		assertThat(profileOf("member_profile", "member", member.getId())).isOne();
		assertThat(this.receivers.seen).containsExactly("PostSave MemberProfile created=true");
	}

	@Test
	void aProfileIsCreatedForANewMemberWithIdentityIdsThroughSaveAndFlush() {
		assertProfileWrittenBeforeTheFlushReturns("member",
				() -> this.members.saveAndFlush(new Member("bob")).getId());
	}

	private void assertProfileWrittenBeforeTheFlushReturns(String owner, Supplier<Long> saveAndFlush) {
		Long id = inTransaction(() -> {
			Long saved = saveAndFlush.get();
			assertThat(profileOf(owner + "_profile", owner, saved)).as("written before the flush returns").isOne();
			return saved;
		});

		assertThat(profileOf(owner + "_profile", owner, id)).isOne();
	}

	@Test
	void aProfileIsCreatedForANewMemberWithIdentityIdsThroughPersistAndCommit() {
		Long id = inTransaction(() -> {
			Member member = new Member("cyd");
			this.entityManager.persist(member);
			return member.getId();
		});

		assertThat(profileOf("member_profile", "member", id)).isOne();
	}

	@Test
	void aProfileIsCreatedForANewMemberWithIdentityIdsThroughMerge() {
		Long id = inTransaction(() -> this.entityManager.merge(new Member("mia")).getId());

		assertThat(profileOf("member_profile", "member", id)).isOne();
		assertThat(this.receivers.seen).containsExactly("PostSave MemberProfile created=true");
	}

	@Test
	void aProfileIsCreatedForANewAccountWithSequenceIdsThroughPersistAndAnExplicitFlush() {
		assertProfileWrittenBeforeTheFlushReturns("account", () -> {
			Account account = new Account("ned");
			this.entityManager.persist(account);
			this.entityManager.flush();
			return account.getId();
		});
	}

	@Test
	void aQueryOfTheCallerSeesWhatTheReceiversOfItsAutomaticFlushWrote() {
		Long post = repliesInOneTransaction(0);

		int counted = inTransaction(() -> {
			this.entityManager.persist(new Reply(this.entityManager.find(Post.class, post), "auto"));
			// a query of the reply table flushes the new reply first (Hibernate flushes for the
			// tables a query reads), and the receivers of that flush update the post before it runs
			return this.entityManager
				.createQuery("select distinct p.replyCount from Reply r join r.post p where p.id = :id", Integer.class)
				.setParameter("id", post)
				.getSingleResult();
		});

		assertThat(counted).isOne();
		assertThat(replyCount(post)).isOne();
	}

	@Test
	void aReplyDeletedThroughARepositoryIsCountedDown() {
		Long post = repliesInOneTransaction(2);
		Long reply = this.jdbc.queryForObject("select min(id) from reply", Long.class);

		this.replies.deleteById(reply);

		assertThat(replyCount(post)).isOne();
	}

	@Test
	void aProfileIsCreatedForANewAccountWithSequenceIdsThroughSave() {
		Account account = this.accounts.save(new Account("dee"));

		assertThat(profileOf("account_profile", "account", account.getId())).isOne();
		assertThat(this.receivers.seen).containsExactly("PostSave AccountProfile created=true");
	}

	@Test
	void aProfileIsCreatedForANewAccountWithSequenceIdsThroughSaveAndFlush() {
		assertProfileWrittenBeforeTheFlushReturns("account",
				() -> this.accounts.saveAndFlush(new Account("eve")).getId());
	}

	@Test
	void aProfileIsCreatedForNewAccountsWithSequenceIdsThroughSaveAllAndPersistAndCommit() {
		List<Long> ids = inTransaction(() -> {
			List<Account> saved = this.accounts.saveAll(List.of(new Account("fay"), new Account("gus")));
			Account persisted = new Account("hal");
			this.entityManager.persist(persisted);
			List<Long> all = new ArrayList<>(saved.stream().map(Account::getId).toList());
			all.add(persisted.getId());
			return all;
		});

		for (Long id : ids) {
			assertThat(profileOf("account_profile", "account", id)).isOne();
		}
		assertThat(this.receivers.profilesCountedByQuery).as("a query in the receiver flushes its own write first")
			.isEqualTo(3);
	}

	@Test
	void aReceiverThatFailsAfterWritingRollsEverythingBack() {
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> this.members.save(new Member("fail")))
			.withMessage("the receiver failed after writing");

		assertThat(count("member")).isZero();
		assertThat(count("member_profile")).isZero();
	}

	@Test
	void aReceiverMayRemoveEntitiesItFindsWithAQuery() {
		Account account = this.accounts.save(new Account("ida"));
		this.receivers.seen.clear();

		inTransaction(() -> this.accounts.findById(account.getId()).orElseThrow().setName("closed"));

		assertThat(count("account_profile")).isZero();
		assertThat(this.receivers.seen).containsExactly("PostDelete AccountProfile");
	}

	@Test
	void theSignalsOfAFlushThatFailedAreNeverDeliveredByALaterTransactionOfTheSameEntityManager() {
		// as open-in-view does: one EntityManager for several transactions
		EntityManager shared = this.entityManagerFactory.createEntityManager();
		TransactionSynchronizationManager.bindResource(this.entityManagerFactory, new EntityManagerHolder(shared));
		try {
			assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> inTransaction(() -> {
				this.entityManager.persist(new Account("rolled back"));
				this.entityManager.persist(new Reply(this.entityManager.getReference(Post.class, -1L), "no post"));
			}));
			inTransaction(() -> this.entityManager.persist(new Account("committed")));
		}
		finally {
			TransactionSynchronizationManager.unbindResource(this.entityManagerFactory);
			shared.close();
		}

		assertThat(this.jdbc.queryForList("select a.name from account_profile p join account a on a.id = p.account_id",
				String.class)).containsExactly("committed");
		assertThat(this.receivers.seen).containsExactly("PostSave AccountProfile created=true");
	}

	@Test
	void aReplyUpdatesItsPostsCounterForOneReply() {
		Long post = repliesInOneTransaction(1);

		assertThat(replyCount(post)).isOne();
		assertThat(this.jdbc.queryForObject("select last_reply from post where id = ?", String.class, post))
			.as("what a pre-save receiver changed in another loaded entity").isEqualTo("reply 0");
	}

	@Test
	void repliesUpdateTheirPostsCounterForFiftyRepliesInOneTransaction() {
		Long post = repliesInOneTransaction(50);

		assertThat(replyCount(post)).isEqualTo(50);
		assertThat(this.jdbc.queryForObject("select last_reply from post where id = ?", String.class, post))
			.isEqualTo("reply 49");

		inTransaction(() -> this.entityManager.createQuery("select r from Reply r", Reply.class)
			.setMaxResults(20)
			.getResultList()
			.forEach(this.entityManager::remove));

		assertThat(replyCount(post)).as("post-delete receivers count down").isEqualTo(30);
	}

	private Long repliesInOneTransaction(int replies) {
		return inTransaction(() -> {
			Post post = new Post();
			this.entityManager.persist(post);
			for (int i = 0; i < replies; i++) {
				this.entityManager.persist(new Reply(post, "reply " + i));
			}
			return post.getId();
		});
	}

	private int replyCount(Long post) {
		return this.jdbc.queryForObject("select reply_count from post where id = ?", Integer.class, post);
	}

	@Test
	void aPreSaveReceiverThatPersistsFailsAtOnceNamingItselfAndNothingIsWritten() {
		assertThatExceptionOfType(ReceiverWriteException.class)
			.isThrownBy(() -> this.members.save(new Member("pre-write")))
			.withMessageContaining("WritingReceivers.refuseInPreSave on PRE_SAVE[Member]")
			.withMessageContaining("persisted an instance of " + MemberProfile.class.getName())
			.withMessageContaining("BEFORE_COMMIT");

		assertThat(count("member")).isZero();
		assertThat(count("member_profile")).isZero();
	}

	@Test
	void theSeedsUnguardedSaveLoopEndsInARecursionExceptionAndNothingIsWritten() {
		this.receivers.stampForever = true;

		assertThatExceptionOfType(SignalRecursionException.class)
			.isThrownBy(() -> this.notes.save(new Note("loop")))
			.withMessageContaining("POST_SAVE of " + Note.class.getName())
			.withMessageContaining("WritingReceivers.stamp on POST_SAVE[Note] -> WritingReceivers.stamp on "
					+ "POST_SAVE[Note] -> WritingReceivers.stamp on POST_SAVE[Note]")
			.withMessageContaining("signals.recursion.max-depth=1");

		assertThat(count("note")).isZero();
	}

	@Test
	void theSeedsMutualDeletionDeletesEachRowOnceAndSignalsEachEntityOnce() {
		Long profile = inTransaction(() -> {
			Login login = new Login();
			this.entityManager.persist(login);
			LoginProfile created = new LoginProfile(login);
			this.entityManager.persist(created);
			return created.getId();
		});

		inTransaction(() -> this.entityManager.remove(this.entityManager.find(LoginProfile.class, profile)));

		assertThat(count("login_profile")).isZero();
		assertThat(count("login")).isZero();
		assertThat(this.receivers.seen).containsExactlyInAnyOrder("PreDelete LoginProfile", "PreDelete Login",
				"PostDelete LoginProfile", "PostDelete Login");
		assertThat(this.receivers.seen.subList(0, 2)).containsExactly("PreDelete LoginProfile", "PreDelete Login");
	}

	@Test
	void deletingTheSeedsUserCascadesToItsProfileWhoseReceiverDeletesTheUserOnce() {
		Long login = inTransaction(() -> {
			Login created = new Login();
			this.entityManager.persist(created);
			this.entityManager.persist(new LoginProfile(created));
			return created.getId();
		});

		this.logins.deleteById(login);

		assertThat(count("login_profile")).isZero();
		assertThat(count("login")).isZero();
		assertThat(this.receivers.seen).containsExactlyInAnyOrder("PreDelete Login", "PreDelete LoginProfile",
				"PostDelete LoginProfile", "PostDelete Login");
	}

	@Test
	void anM2MReceiverPersistsAnEntityPerAddedKey() {
		List<Long> labels = inTransaction(() -> {
			List<Long> ids = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				Label label = new Label();
				this.entityManager.persist(label);
				ids.add(label.getId());
			}
			return ids;
		});

		Long item = inTransaction(() -> {
			Item created = new Item();
			labels.forEach((id) -> created.getLabels().add(this.entityManager.find(Label.class, id)));
			this.entityManager.persist(created);
			return created.getId();
		});

		assertThat(this.jdbc.queryForList("select label_id from labelling where item_id = ?", Long.class, item))
			.containsExactlyInAnyOrderElementsOf(labels);
		assertThat(this.receivers.seen).containsExactly("PostSave Labelling", "PostSave Labelling",
				"PostSave Labelling");
	}

}
