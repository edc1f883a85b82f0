package dev.signals.bench.external;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * When the change of each row of a range arrived: the first arrival of each counts (the
 * stream delivers at least once, so a row may arrive again).
 */
public final class ExpectedReceipts {

	private final long firstId;

	private final long[] times;

	private final CountDownLatch missing;

	ExpectedReceipts(long firstId, int rows) {
		this.firstId = firstId;
		this.times = new long[rows];
		this.missing = new CountDownLatch(rows);
	}

	void record(long id, long nanoTime) {
		long index = id - this.firstId;
		if (index >= 0 && index < this.times.length && this.times[(int) index] == 0) {
			this.times[(int) index] = nanoTime;
			this.missing.countDown();
		}
	}

	/**
	 * Wait until every row has arrived.
	 * @param timeout how long to wait at most
	 * @return the arrival times, by row, as {@link System#nanoTime()}
	 * @throws InterruptedException if interrupted while waiting
	 * @throws IllegalStateException if some rows have not arrived in time
	 */
	public long[] await(Duration timeout) throws InterruptedException {
		if (!this.missing.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException(this.missing.getCount() + " of " + this.times.length
					+ " changes did not reach the external receiver within " + timeout);
		}
		return this.times;
	}

}
