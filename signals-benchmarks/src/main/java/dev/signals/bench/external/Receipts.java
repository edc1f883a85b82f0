package dev.signals.bench.external;

import dev.signals.SignalReceiver;
import dev.signals.SignalSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * The external receiver of the benchmark: notes, with {@link System#nanoTime()}, when the
 * change of each expected row arrives, on the change stream's thread.
 */
public class Receipts {

	private volatile @Nullable ExpectedReceipts expected;

	/**
	 * Expect the changes of a range of rows, forgetting the previous range.
	 * @param firstId the first row's id
	 * @param rows how many rows, with consecutive ids
	 * @return the receipts of those rows, as they arrive
	 */
	public ExpectedReceipts expect(long firstId, int rows) {
		ExpectedReceipts receipts = new ExpectedReceipts(firstId, rows);
		this.expected = receipts;
		return receipts;
	}

	/**
	 * Note when a change arrived.
	 * @param snapshot the change
	 */
	@SignalReceiver(external = true)
	public void received(SignalSnapshot<ExternalRow> snapshot) {
		long now = System.nanoTime();
		ExpectedReceipts receipts = this.expected;
		if (receipts != null) {
			receipts.record((Long) snapshot.entityId(), now);
		}
	}

}
