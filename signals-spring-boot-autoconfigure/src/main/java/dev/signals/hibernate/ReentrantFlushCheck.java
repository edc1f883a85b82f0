package dev.signals.hibernate;

import dev.signals.SignalRecursionException;
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
 * <p>It runs before Hibernate's own flush listener; the check is one thread-local look-up.
 */
final class ReentrantFlushCheck implements FlushEventListener {

	private final SignalSender sender;

	ReentrantFlushCheck(SignalSender sender) {
		this.sender = sender;
	}

	@Override
	public void onFlush(FlushEvent event) {
		if (this.sender.isWriting(event.getSession())) {
			String running = this.sender.runningReceivers();
			throw new SignalRecursionException(((running != null) ? "A receiver of " + running
					: "A Spring listener of a model signal")
					+ ", flushed the persistence context while Hibernate was writing it (flush() or "
					+ "saveAndFlush()): Hibernate cannot flush re-entrantly. Change the instance in a PreSave "
					+ "receiver (the same statement writes it), write with JDBC, or move the work to a "
					+ "BEFORE_COMMIT or AFTER_COMMIT receiver.");
		}
	}

}
