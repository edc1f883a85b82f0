package dev.signals.external;

import java.util.ArrayList;
import java.util.List;

import dev.signals.SignalSnapshot;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.jspecify.annotations.Nullable;

/**
 * Consumes the engine's batches a transaction at a time: the events of a transaction are
 * held until its end marker arrives, then, unless the transaction carried this application's
 * mark (a logical decoding message with the prefix {@value OwnTransactionMark#PREFIX} and its
 * slot's name: other applications' marks name their own slots), its
 * changes are delivered in commit order, and only then are its events marked processed, so
 * that the stored position never passes an undelivered change. Heartbeats between
 * transactions are marked processed at once. A transaction that begins again before it
 * ended (the connector restarted inside one engine run) is held again from its start.
 */
final class ChangeBatches implements DebeziumEngine.ChangeConsumer<RecordChangeEvent<SourceRecord>> {

	private final ChangeSnapshots snapshots;

	private final ExternalDelivery delivery;

	private final OwnTransactionMark mark;

	private final List<RecordChangeEvent<SourceRecord>> held = new ArrayList<>();

	private final List<Struct> changes = new ArrayList<>();

	private boolean own;

	private boolean open;

	ChangeBatches(ChangeSnapshots snapshots, ExternalDelivery delivery, OwnTransactionMark mark) {
		this.snapshots = snapshots;
		this.delivery = delivery;
		this.mark = mark;
	}

	@Override
	public void handleBatch(List<RecordChangeEvent<SourceRecord>> events,
			DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer) throws InterruptedException {
		for (RecordChangeEvent<SourceRecord> event : events) {
			Struct value = (event.record().value() instanceof Struct struct) ? struct : null;
			String status = (value != null && value.schema().field("status") != null) ? value.getString("status")
					: null;
			if ("BEGIN".equals(status)) {
				// held events at a BEGIN: the connector lost its connection inside a transaction,
				// started again from the stored position and sends it again from its start
				discardOpenTransaction();
				this.open = true;
			}
			if (!this.open) {
				outsideTransaction(event, value, committer);
				continue;
			}
			this.held.add(event);
			if ("END".equals(status)) {
				completeTransaction(committer);
			}
			else if (value != null && value.schema().field("message") != null) {
				this.own |= this.mark.isOwn(value.getStruct("message"));
			}
			else if (value != null && value.schema().field("op") != null) {
				this.changes.add(value);
			}
		}
		committer.markBatchFinished();
	}

	/**
	 * An event between transactions: a heartbeat, whose position is stored at once (so the
	 * slot moves on while the captured tables are quiet), or a change that came without its
	 * transaction's boundaries, delivered at once rather than risked.
	 */
	private void outsideTransaction(RecordChangeEvent<SourceRecord> event, @Nullable Struct value,
			DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer) throws InterruptedException {
		if (value != null && value.schema().field("op") != null) {
			for (SignalSnapshot<?> snapshot : this.snapshots.of(value)) {
				this.delivery.deliver(snapshot);
			}
		}
		committer.markProcessed(event);
	}

	private void completeTransaction(DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer)
			throws InterruptedException {
		if (!this.own) {
			for (Struct change : this.changes) {
				for (SignalSnapshot<?> snapshot : this.snapshots.of(change)) {
					this.delivery.deliver(snapshot);
				}
			}
		}
		for (RecordChangeEvent<SourceRecord> event : this.held) {
			committer.markProcessed(event);
		}
		discardOpenTransaction();
		this.open = false;
	}

	private void discardOpenTransaction() {
		this.held.clear();
		this.changes.clear();
		this.own = false;
	}

}
