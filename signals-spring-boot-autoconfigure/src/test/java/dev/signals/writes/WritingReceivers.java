package dev.signals.writes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.signals.M2MAction;
import dev.signals.M2MChanged;
import dev.signals.PostDelete;
import dev.signals.PostSave;
import dev.signals.PreDelete;
import dev.signals.PreSave;
import dev.signals.SignalReceiver;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * The seeds' receivers, written as a Django developer ports them: they save, change, remove
 * and query entities through repositories and the EntityManager from post-save, post-delete,
 * pre-delete and m2m receivers, and one pre-save receiver tries to persist.
 */
@Component
public class WritingReceivers {

	final List<String> seen = new CopyOnWriteArrayList<>();

	volatile boolean stampForever;

	volatile long profilesCountedByQuery = -1;

	private final EntityManager entityManager;

	private final MemberProfileRepository memberProfiles;

	private final AccountProfileRepository accountProfiles;

	private final PostRepository posts;

	private final NoteRepository notes;

	private final LoginRepository logins;

	private final LabellingRepository labellings;

	WritingReceivers(EntityManager entityManager, MemberProfileRepository memberProfiles,
			AccountProfileRepository accountProfiles, PostRepository posts, NoteRepository notes,
			LoginRepository logins, LabellingRepository labellings) {
		this.entityManager = entityManager;
		this.memberProfiles = memberProfiles;
		this.accountProfiles = accountProfiles;
		this.posts = posts;
		this.notes = notes;
		this.logins = logins;
		this.labellings = labellings;
	}

	@SignalReceiver
	public void createMemberProfile(PostSave<Member> signal) {
		if (signal.created()) {
			this.memberProfiles.save(new MemberProfile(signal.instance()));
			if ("fail".equals(signal.instance().getName())) {
				throw new UnsupportedOperationException("the receiver failed after writing");
			}
		}
	}

	@SignalReceiver
	public void memberProfileSaved(PostSave<MemberProfile> signal) {
		this.seen.add("PostSave MemberProfile created=" + signal.created());
	}

	@SignalReceiver
	public void refuseInPreSave(PreSave<Member> signal) {
		if ("pre-write".equals(signal.instance().getName())) {
			this.entityManager.persist(new MemberProfile(signal.instance()));
		}
	}

	@SignalReceiver
	public void createAccountProfile(PostSave<Account> signal) {
		Account account = signal.instance();
		if (signal.created()) {
			this.accountProfiles.save(new AccountProfile(account));
			this.profilesCountedByQuery = this.accountProfiles.count();
		}
		else if ("closed".equals(account.getName())) {
			this.entityManager
				.createQuery("select p from AccountProfile p where p.account = :account", AccountProfile.class)
				.setParameter("account", account)
				.getResultList()
				.forEach(this.accountProfiles::delete);
		}
	}

	@SignalReceiver
	public void accountProfileSaved(PostSave<AccountProfile> signal) {
		this.seen.add("PostSave AccountProfile created=" + signal.created());
	}

	@SignalReceiver
	public void accountProfileDeleted(PostDelete<AccountProfile> signal) {
		this.seen.add("PostDelete AccountProfile");
	}

	@SignalReceiver
	public void lastReply(PreSave<Reply> signal) {
		signal.instance().getPost().setLastReply(signal.instance().getText());
	}

	@SignalReceiver
	public void countReply(PostSave<Reply> signal) {
		if (signal.created()) {
			Post post = signal.instance().getPost();
			post.setReplyCount(post.getReplyCount() + 1);
			this.posts.save(post);
		}
	}

	@SignalReceiver
	public void uncountReply(PostDelete<Reply> signal) {
		Post post = signal.instance().getPost();
		post.setReplyCount(post.getReplyCount() - 1);
		this.posts.save(post);
	}

	@SignalReceiver
	public void stamp(PostSave<Note> signal) {
		Note note = signal.instance();
		this.seen.add("PostSave Note created=" + signal.created() + " updateFields=" + signal.updateFields());
		if ("refused".equals(note.getText())) {
			throw new IllegalStateException("note refused");
		}
		if (!note.isStamped() || this.stampForever) {
			note.stamp();
			this.notes.save(note);
		}
	}

	@SignalReceiver
	public void deleteLogin(PreDelete<LoginProfile> signal) {
		this.seen.add("PreDelete LoginProfile");
		this.logins.delete(signal.instance().getLogin());
	}

	@SignalReceiver
	public void loginDeleting(PreDelete<Login> signal) {
		this.seen.add("PreDelete Login");
	}

	@SignalReceiver
	public void loginDeleted(PostDelete<Login> signal) {
		this.seen.add("PostDelete Login");
	}

	@SignalReceiver
	public void loginProfileDeleted(PostDelete<LoginProfile> signal) {
		this.seen.add("PostDelete LoginProfile");
	}

	@SignalReceiver(field = "labels")
	public void recordLabelling(M2MChanged<Item> signal) {
		if (signal.action() == M2MAction.POST_ADD) {
			for (Object label : signal.pkSet()) {
				this.labellings.save(new Labelling(signal.instance().getId(), (Long) label));
			}
		}
	}

	@SignalReceiver
	public void labellingSaved(PostSave<Labelling> signal) {
		this.seen.add("PostSave Labelling");
	}

}
