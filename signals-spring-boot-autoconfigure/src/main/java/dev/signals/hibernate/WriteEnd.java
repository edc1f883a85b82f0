package dev.signals.hibernate;

import org.hibernate.event.spi.AutoFlushEvent;
import org.hibernate.event.spi.AutoFlushEventListener;
import org.hibernate.event.spi.FlushEvent;
import org.hibernate.event.spi.FlushEventListener;
import org.hibernate.event.spi.MergeContext;
import org.hibernate.event.spi.MergeEvent;
import org.hibernate.event.spi.MergeEventListener;
import org.hibernate.event.spi.PersistContext;
import org.hibernate.event.spi.PersistEvent;
import org.hibernate.event.spi.PersistEventListener;

/**
 * Runs after Hibernate's own listeners when a flush (explicit, automatic or the commit's),
 * a {@code persist()} or a {@code merge()} has ended, and delivers the signals that write
 * sent after rows' SQL ({@link DeferredSignals#writeEnded}). Cascaded persists and merges
 * are part of the operation that started them and deliver nothing themselves.
 */
final class WriteEnd implements FlushEventListener, AutoFlushEventListener, PersistEventListener,
		MergeEventListener {

	private final DeferredSignals deferred;

	WriteEnd(DeferredSignals deferred) {
		this.deferred = deferred;
	}

	@Override
	public void onFlush(FlushEvent event) {
		this.deferred.writeEnded(event.getSession(), true);
	}

	@Override
	public void onAutoFlush(AutoFlushEvent event) {
		this.deferred.writeEnded(event.getSession(), true);
	}

	@Override
	public void onPersist(PersistEvent event) {
		this.deferred.writeEnded(event.getSession(), false);
	}

	@Override
	public void onPersist(PersistEvent event, PersistContext createdAlready) {
	}

	@Override
	public void onMerge(MergeEvent event) {
		this.deferred.writeEnded(event.getSession(), false);
	}

	@Override
	public void onMerge(MergeEvent event, MergeContext copiedAlready) {
	}

}
