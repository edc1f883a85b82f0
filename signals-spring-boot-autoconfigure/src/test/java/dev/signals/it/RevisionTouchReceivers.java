package dev.signals.it;

import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.SignalReceiver;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import org.springframework.stereotype.Component;

/**
 * A before-commit receiver that changes the revision it got when its text is "touch": its
 * change sends it the revision again, which it must still get before the commit, and outside
 * Hibernate's flush (where the session would be in manual flush mode).
 */
@Component
class RevisionTouchReceivers {

	private final EntityManager entityManager;

	private final SignalLog log;

	RevisionTouchReceivers(EntityManager entityManager, SignalLog log) {
		this.entityManager = entityManager;
		this.log = log;
	}

	@SignalReceiver(phase = Phase.BEFORE_COMMIT, condition = "instance.text.startsWith('touch')")
	public void touch(PostSave<Revision> signal) {
		this.log.record("touch", signal,
				signal.instance().getText() + " " + this.entityManager.unwrap(Session.class).getHibernateFlushMode());
		if (signal.instance().getText().equals("touch")) {
			signal.instance().setText("touched");
		}
	}

}
