package dev.signals.bench.e2e.registry;

/**
 * What a registry variant wrote to its event publication table over some deliveries: the
 * rows the table held (and their bytes), counted before each phase emptied it, and the rows
 * PostgreSQL counted as inserted, updated and deleted ({@code pg_stat_user_tables}).
 *
 * @param deliveries the deliveries to the variant's receiver or listener
 * @param rows the rows found in the table
 * @param eventBytes the bytes of their serialized events ({@code octet_length} of
 * {@code SERIALIZED_EVENT})
 * @param rowBytes the bytes of the rows ({@code pg_column_size} of the whole row)
 * @param inserted the rows PostgreSQL counted as inserted
 * @param updated the rows PostgreSQL counted as updated
 * @param deleted the rows PostgreSQL counted as deleted
 */
public record RegistryWrites(long deliveries, long rows, long eventBytes, long rowBytes, long inserted, long updated,
		long deleted) {

	/**
	 * The writes between an earlier count and this one.
	 * @param earlier the earlier count
	 * @return the difference
	 */
	public RegistryWrites minus(RegistryWrites earlier) {
		return new RegistryWrites(this.deliveries - earlier.deliveries, this.rows - earlier.rows,
				this.eventBytes - earlier.eventBytes, this.rowBytes - earlier.rowBytes, this.inserted - earlier.inserted,
				this.updated - earlier.updated, this.deleted - earlier.deleted);
	}

	/**
	 * The rows found in the table per delivery: one per signal and durable receiver.
	 * @return the rows per signal
	 */
	public double rowsPerSignal() {
		return perSignal(this.rows);
	}

	/**
	 * The bytes of the serialized event per delivery.
	 * @return the bytes per signal
	 */
	public double eventBytesPerSignal() {
		return perSignal(this.eventBytes);
	}

	/**
	 * The bytes of the stored rows per delivery.
	 * @return the bytes per signal
	 */
	public double rowBytesPerSignal() {
		return perSignal(this.rowBytes);
	}

	/**
	 * The rows inserted per delivery, as PostgreSQL counted them.
	 * @return the inserts per signal
	 */
	public double insertsPerSignal() {
		return perSignal(this.inserted);
	}

	/**
	 * The rows updated per delivery, as PostgreSQL counted them: one per {@code UPDATE}
	 * statement here, each of which updates one row by its id.
	 * @return the updates per signal
	 */
	public double updatesPerSignal() {
		return perSignal(this.updated);
	}

	/**
	 * The rows deleted per delivery, as PostgreSQL counted them (emptying the table between
	 * phases truncates it, which is not counted).
	 * @return the deletes per signal
	 */
	public double deletesPerSignal() {
		return perSignal(this.deleted);
	}

	private double perSignal(long value) {
		return (double) value / this.deliveries;
	}

}
