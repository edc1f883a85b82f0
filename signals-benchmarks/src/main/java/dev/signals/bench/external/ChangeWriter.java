package dev.signals.bench.external;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The other program: changes rows on a plain JDBC connection of its own, and notes, with
 * {@link System#nanoTime()}, when the commit of each row's transaction returned.
 */
final class ChangeWriter {

	private final Connection connection;

	ChangeWriter(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Change rows with consecutive ids.
	 * @param shape the statement and the rows of each transaction
	 * @param firstId the first row's id
	 * @param rows how many rows
	 * @param amount the amount written to each row
	 * @return when each row's commit returned, by row
	 * @throws SQLException if a statement fails
	 */
	long[] write(ExternalShape shape, long firstId, int rows, int amount) throws SQLException {
		long[] commits = new long[rows];
		boolean autocommit = shape.transactionSize() == 1;
		this.connection.setAutoCommit(autocommit);
		try (PreparedStatement statement = this.connection.prepareStatement(shape.sql())) {
			for (int start = 0; start < rows; start += shape.transactionSize()) {
				int end = Math.min(rows, start + shape.transactionSize());
				for (int row = start; row < end; row++) {
					statement.setInt(1, amount);
					statement.setLong(2, firstId + row);
					if (autocommit) {
						statement.executeUpdate();
					}
					else {
						statement.addBatch();
					}
				}
				if (!autocommit) {
					statement.executeBatch();
					this.connection.commit();
				}
				long committed = System.nanoTime();
				for (int row = start; row < end; row++) {
					commits[row] = committed;
				}
			}
		}
		return commits;
	}

}
