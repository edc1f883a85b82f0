package dev.signals.hibernate;

import java.util.ArrayList;
import java.util.List;

import dev.signals.dispatch.CompletionWork;
import dev.signals.dispatch.Deliveries;
import dev.signals.dispatch.Route;
import dev.signals.dispatch.SignalDispatcher;
import org.hibernate.engine.spi.SessionImplementor;
import org.jspecify.annotations.Nullable;

/**
 * Holds the signals that Hibernate's write of a session sends after a row's SQL, and
 * delivers them once the write has ended: at the end of a flush (explicit, automatic before
 * a query, or the commit's), or of a {@code persist()}/{@code merge()} that inserted an
 * entity with a database-generated id. Their receivers then run outside Hibernate's write,
 * with the session in its own flush mode, and may persist, merge, remove, query and flush.
 *
 * <p>Delivery goes in rounds: after the receivers of a round have run, a flush writes what
 * they changed (it is skipped when they changed nothing the session holds), and the
 * signals of those writes make the next round, until nothing more is written. A write of a
 * receiver's own entity that keeps sending its signal again is stopped by the recursion
 * guard ({@link SignalDispatcher#checkRound}). Writes made while a round runs (a receiver's
 * own {@code flush()} included) are delivered in the next round. If anything fails, the
 * signals still held for the session are dropped: the exception reaches the caller and the
 * transaction rolls back.
 *
 * <p>State is kept per thread ({@link ThreadWrites}) and per session (sessions are not
 * shared between threads); with nothing held, the end of a write costs one thread-local
 * look-up.
 */
final class DeferredSignals {

	private final SignalSender sender;

	private final SignalDispatcher dispatcher;

	private final UnflushedChanges unflushed = new UnflushedChanges();

	DeferredSignals(SignalSender sender, SignalDispatcher dispatcher) {
		this.sender = sender;
		this.dispatcher = dispatcher;
	}

	void add(ThreadWrites writes, SessionImplementor session, Route route, Object signal) {
		find(writes, session, true).deliveries.add(route, signal);
	}

	/**
	 * Note that receivers ran inside a flush of the session: what they changed in other
	 * loaded entities was not part of it, so the flush is repeated when it ends.
	 */
	void receiversRanInWrite(ThreadWrites writes, SessionImplementor session) {
		find(writes, session, true).flushAgain = true;
	}

	/**
	 * A write of the session begins. Signals still held from a write that failed before it
	 * ended (its exception went to the caller) are dropped.
	 */
	void writeStarting(ThreadWrites writes, SessionImplementor session) {
		Pending pending = find(writes, session, false);
		if (pending != null && !pending.delivering && !insideWrite(writes, session)) {
			release(writes, pending);
		}
	}

	/**
	 * A write of the session has ended: deliver what it sent, in rounds.
	 * @param session the session
	 * @param flushed whether the write was a flush, which is repeated after each round so
	 * that the receivers' changes are written before the flush returns; after a
	 * {@code persist()} or {@code merge()} they are written by the next flush
	 */
	void writeEnded(SessionImplementor session, boolean flushed) {
		ThreadWrites writes = this.sender.writes();
		Pending pending = find(writes, session, false);
		if (pending == null || pending.delivering || insideWrite(writes, session)) {
			return;
		}
		if (pending.deliveries.isEmpty() && !(flushed && pending.flushAgain)) {
			release(writes, pending);
			return;
		}
		pending.delivering = true;
		try {
			deliver(session, pending, flushed);
		}
		finally {
			release(writes, pending);
		}
	}

	/**
	 * Whether a write of the session is still running around this one: a query of a
	 * receiver of a signal sent before a row's SQL runs an (empty) automatic flush, say.
	 */
	private static boolean insideWrite(ThreadWrites writes, SessionImplementor session) {
		return writes.isWriting(session) || session.getPersistenceContextInternal().isFlushing();
	}

	private void deliver(SessionImplementor session, Pending pending, boolean flushed) {
		List<Deliveries> earlier = new ArrayList<>(2);
		while (true) {
			if (pending.deliveries.isEmpty()) {
				if (!flushed || !pending.flushAgain) {
					return;
				}
				pending.flushAgain = false;
				flushIfChanged(session);
				continue;
			}
			Deliveries round = pending.deliveries;
			pending.deliveries = new Deliveries();
			deliver(session, earlier, round);
			earlier.add(round);
			if (flushed) {
				pending.flushAgain = false;
				flushIfChanged(session);
			}
		}
	}

	/**
	 * Flush what the receivers changed. A flush of a session that holds nothing new (the
	 * common case: receivers that counted, logged or queued work) would walk every entity and
	 * collection of the session to find that out; {@link UnflushedChanges} finds it with less.
	 */
	private void flushIfChanged(SessionImplementor session) {
		if (this.unflushed.mayExist(session)) {
			session.flush();
		}
	}

	private void deliver(SessionImplementor session, List<Deliveries> earlier, Deliveries round) {
		try {
			this.dispatcher.checkRound(earlier, round);
		}
		catch (RuntimeException ex) {
			// inside the commit's flush, the caller gets this rather than "could not commit"
			CompletionWork.receiverFailed(ex);
			throw ex;
		}
		for (int i = 0; i < round.size(); i++) {
			this.sender.send(round.route(i), round.signal(i), session);
		}
	}

	/**
	 * What is held for a session of this thread, if anything; on the way, what a failed write
	 * left for sessions that have been closed since is dropped.
	 */
	private static @Nullable Pending find(ThreadWrites writes, SessionImplementor session, boolean create) {
		Pending previous = null;
		for (Pending pending = writes.pending(); pending != null; pending = pending.next) {
			if (pending.session == session) {
				return pending;
			}
			if (pending.session.isClosed() && !pending.delivering) {
				unlink(writes, previous, pending);
			}
			else {
				previous = pending;
			}
		}
		if (!create) {
			return null;
		}
		Pending created = new Pending(session);
		if (previous == null) {
			writes.pending(created);
		}
		else {
			previous.next = created;
		}
		return created;
	}

	private static void unlink(ThreadWrites writes, @Nullable Pending previous, Pending pending) {
		if (previous == null) {
			writes.pending(pending.next);
		}
		else {
			previous.next = pending.next;
		}
	}

	private static void release(ThreadWrites writes, Pending released) {
		Pending previous = null;
		for (Pending pending = writes.pending(); pending != null; pending = pending.next) {
			if (pending == released) {
				unlink(writes, previous, pending);
				return;
			}
			previous = pending;
		}
	}

	/**
	 * What is held for one session of the thread.
	 */
	static final class Pending {

		private final SessionImplementor session;

		private Deliveries deliveries = new Deliveries();

		private boolean flushAgain;

		private boolean delivering;

		private @Nullable Pending next;

		Pending(SessionImplementor session) {
			this.session = session;
		}

	}

}
