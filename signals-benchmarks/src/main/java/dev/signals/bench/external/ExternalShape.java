package dev.signals.bench.external;

/**
 * How the other program changes the rows of a run. Every shape's statement takes the amount,
 * then the row's id. The updates change the rows the first (warm-up) run of
 * {@link #BATCHED} inserted, ids {@code 0} to {@code rows - 1}.
 */
public enum ExternalShape {

	/** Inserts of new rows, in transactions of 100 rows sent as one JDBC batch each. */
	BATCHED("batched", "inserts, transactions of 100 rows", ExternalShape.INSERT, 100, true),

	/** Inserts of new rows, one autocommit statement each. */
	SINGLE("single", "inserts, one autocommit statement each", ExternalShape.INSERT, 1, true),

	/** Updates of existing rows, in transactions of 100 rows sent as one JDBC batch each. */
	UPDATES("updates", "updates, transactions of 100 rows", "update external_row set amount = ? where id = ?", 100,
			false);

	private static final String INSERT = "insert into external_row (amount, name, id) values (?, 'inserted', ?)";

	private final String key;

	private final String description;

	private final String sql;

	private final int transactionSize;

	private final boolean newRows;

	ExternalShape(String key, String description, String sql, int transactionSize, boolean newRows) {
		this.key = key;
		this.description = description;
		this.sql = sql;
		this.transactionSize = transactionSize;
		this.newRows = newRows;
	}

	/**
	 * The short name used in the {@code RESULT} line.
	 * @return the key
	 */
	public String key() {
		return this.key;
	}

	/**
	 * What the other program does.
	 * @return the description
	 */
	public String description() {
		return this.description;
	}

	String sql() {
		return this.sql;
	}

	/**
	 * The rows of each transaction; 1 for autocommit statements.
	 * @return the transaction size
	 */
	int transactionSize() {
		return this.transactionSize;
	}

	/**
	 * Whether each run writes rows of its own, or changes the existing rows {@code 0} to
	 * {@code rows - 1}.
	 * @return whether the shape inserts
	 */
	boolean newRows() {
		return this.newRows;
	}

}
