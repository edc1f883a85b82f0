package dev.signals.external;

import java.util.ArrayList;
import java.util.List;

import dev.signals.SignalSnapshot;
import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;

/**
 * Consumes the engine's batches a transaction at a time: the events of a transaction are
 * held until its end marker arrives, then, unless the transaction carried this application's
 * mark (a logical decoding message with the prefix {@value OwnTransactionMark#PREFIX}), its
 * changes are delivered in commit order, and only then are its events marked processed, so
 * that the stored position never passes an undelivered change.
 */
final class ChangeBatches implements DebeziumEngine.ChangeConsumer<RecordChangeEvent<SourceRecord>> {

	private final ChangeSnapshots snapshots;

	private final ExternalDelivery delivery;

	private final List<RecordChangeEvent<SourceRecord>> held = new ArrayList<>();

	private final List<Struct> changes = new ArrayList<>();

	private boolean own;

	ChangeBatches(ChangeSnapshots snapshots, ExternalDelivery delivery) {
		this.snapshots = snapshots;
		this.delivery = delivery;
	}

	@Override
	public void handleBatch(List<RecordChangeEvent<SourceRecord>> events,
			DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer) throws InterruptedException {
		for (RecordChangeEvent<SourceRecord> event : events) {
			this.held.add(event);
			SourceRecord record = event.record();
			if (!(record.value() instanceof Struct value)) {
				continue;
			}
			if (value.schema().field("status") != null) {
				if ("END".equals(value.getString("status"))) {
					completeTransaction(committer);
				}
			}
			else if (value.schema().field("message") != null) {
				this.own |= OwnTransactionMark.PREFIX.equals(value.getStruct("message").getString("prefix"));
			}
			else if (value.schema().field("op") != null) {
				this.changes.add(value);
			}
		}
		committer.markBatchFinished();
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
		this.held.clear();
		this.changes.clear();
		this.own = false;
	}

}
