package dev.signals.hibernate;

import dev.signals.ReceiverWriteException;
import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;
import org.hibernate.event.spi.MergeContext;
import org.hibernate.event.spi.MergeEvent;
import org.hibernate.event.spi.MergeEventListener;
import org.hibernate.event.spi.PersistContext;
import org.hibernate.event.spi.PersistEvent;
import org.hibernate.event.spi.PersistEventListener;
import org.jspecify.annotations.Nullable;

/**
 * Runs before Hibernate's own listeners when a flush, a {@code persist()} or a
 * {@code merge()} begins: refuses it when a receiver of a signal sent before a row's SQL
 * asks for it (Hibernate cannot take new writes while it executes its statements; the
 * exception names the receiver and says where such writes belong), and drops the signals a
 * failed earlier write left ({@link DeferredSignals#writeStarting}).
 */
final class WriteStart implements FlushEventListener, AutoFlushEventListener, PersistEventListener,
		MergeEventListener {

	private final SignalSender sender;

	WriteStart(SignalSender sender) {
		this.sender = sender;
	}

	@Override
	public void onFlush(FlushEvent event) {
		starting(event.getSession(), "flushed the persistence context", null);
	}

	@Override
	public void onAutoFlush(AutoFlushEvent event) {
		this.sender.deferred().writeStarting(this.sender.writes(), event.getSession());
	}

	@Override
	public void onPersist(PersistEvent event) {
		starting(event.getSession(), "persisted", event.getObject());
	}

	@Override
	public void onPersist(PersistEvent event, PersistContext createdAlready) {
	}

	@Override
	public void onMerge(MergeEvent event) {
		starting(event.getSession(), "merged", event.getOriginal());
	}

	@Override
	public void onMerge(MergeEvent event, MergeContext copiedAlready) {
	}

	private void starting(EventSource session, String what, @Nullable Object entity) {
		ThreadWrites writes = this.sender.writes();
		if (writes.isWriting(session)) {
			refuse(this.sender, what, entity);
		}
		this.sender.deferred().writeStarting(writes, session);
	}

	/**
	 * Refuse a write that a receiver of a signal sent before a row's SQL asks for.
	 * @param sender the signal sender
	 * @param session the session
	 * @param what what the receiver did, such as "removed"
	 * @param entity the entity it did it to, if any
	 * @throws ReceiverWriteException naming the receiver
	 */
	static void refuseInsideWrite(SignalSender sender, EventSource session, String what, @Nullable Object entity) {
		if (sender.isWriting(session)) {
			refuse(sender, what, entity);
		}
	}

	private static void refuse(SignalSender sender, String what, @Nullable Object entity) {
		if (entity != null) {
			what = what + " an instance of " + EntityClasses.of(entity).getName();
		}
		String running = sender.runningReceivers();
		throw new ReceiverWriteException(((running != null) ? "A receiver of " + running
				: "A Spring listener of a model signal") + ", " + what + " while Hibernate was writing the session. "
				+ "PreSave receivers, receivers of the PRE_* actions of M2MChanged and of the PreDelete of an orphan "
				+ "run inside Hibernate's flush: they may change their own instance and other loaded entities "
				+ "(the flush writes them) and read anything, but not flush, persist, merge or remove. Do that in a "
				+ "PostSave, PostDelete or POST_* M2MChanged receiver (they run after the write), or in phase "
				+ "BEFORE_COMMIT.");
	}

}
