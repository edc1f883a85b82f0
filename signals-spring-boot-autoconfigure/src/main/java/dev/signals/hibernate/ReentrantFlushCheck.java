package dev.signals.hibernate;

import java.util.Map;

import dev.signals.SignalRecursionException;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.Status;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;

/**
 * Stops a receiver from flushing the persistence context while Hibernate is writing it: in
 * the flush, or while an entity with a database-generated id is being inserted. Hibernate
 * cannot flush re-entrantly (it would run the statements it is running again, fail on a
 * {@code null} identifier, or break off with a {@code ConcurrentModificationException}),
 * so the classic receiver that saves its own instance gets a clear
 * {@link SignalRecursionException} naming the receiver chain instead.
 *
 * <p>It runs before Hibernate's own flush listener and only looks at the persistence
 * context when a receiver is running on the thread.
 */
final class ReentrantFlushCheck implements FlushEventListener {

	private final SignalSender sender;

	ReentrantFlushCheck(SignalSender sender) {
		this.sender = sender;
	}

	@Override
	public void onFlush(FlushEvent event) {
		String running = this.sender.runningReceivers();
		if (running == null) {
			return;
		}
		PersistenceContext context = event.getSession().getPersistenceContextInternal();
		if (context.isFlushing() || isInserting(context)) {
			throw new SignalRecursionException("A receiver of " + running + ", flushed the persistence context "
					+ "while Hibernate was writing it (flush(), saveAndFlush() or a save that flushes): Hibernate "
					+ "cannot flush re-entrantly. Change the instance in a PreSave receiver (the same statement "
					+ "writes it), write with JDBC, or move the work to a BEFORE_COMMIT or AFTER_COMMIT receiver.");
		}
	}

	/**
	 * Whether an entity is being inserted right now, as one with a database-generated id is
	 * when it is persisted (its receivers run inside that insert).
	 */
	private static boolean isInserting(PersistenceContext context) {
		for (Map.Entry<Object, EntityEntry> entry : context.reentrantSafeEntityEntries()) {
			if (entry.getValue().getStatus() == Status.SAVING) {
				return true;
			}
		}
		return false;
	}

}
