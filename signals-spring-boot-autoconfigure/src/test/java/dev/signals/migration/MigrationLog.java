package dev.signals.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import dev.signals.MigrationSignal;
import dev.signals.MigrationTool;
import dev.signals.PostMigrate;
import dev.signals.SignalReceiver;
import dev.signals.SignalType;

/**
 * A receiver of every migration signal that records each one with the tables its schema had
 * when it arrived, and the tables there were when the receiver was created.
 */
class MigrationLog {

	private final DataSource dataSource;

	private final String schema;

	final Set<String> tablesWhenCreated;

	final List<Entry> entries = new CopyOnWriteArrayList<>();

	MigrationLog(DataSource dataSource, String schema) {
		this.dataSource = dataSource;
		this.schema = schema;
		this.tablesWhenCreated = tables(dataSource, schema);
	}

	@SignalReceiver
	public void on(MigrationSignal signal) {
		List<String> applied = (signal instanceof PostMigrate post) ? post.migrations() : List.of();
		this.entries.add(new Entry(signal.type(), signal.tool(), applied, tables(this.dataSource, this.schema)));
	}

	List<SignalType> types() {
		return this.entries.stream().map(Entry::type).toList();
	}

	static Set<String> tables(DataSource dataSource, String schema) {
		try (Connection connection = dataSource.getConnection();
				ResultSet tables = connection.getMetaData().getTables(null, schema, "%", new String[] { "TABLE" })) {
			Set<String> names = new TreeSet<>();
			while (tables.next()) {
				names.add(tables.getString("TABLE_NAME"));
			}
			return names;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * One signal received.
	 *
	 * @param type the signal type
	 * @param tool the migration tool
	 * @param applied the applied migrations of a post-migrate signal, empty for pre-migrate
	 * @param tables the schema's tables when the signal arrived
	 */
	record Entry(SignalType type, MigrationTool tool, List<String> applied, Set<String> tables) {
	}

	/**
	 * The same receiver, on another bean (receiver ids are per class).
	 */
	static class Late extends MigrationLog {

		Late(DataSource dataSource, String schema) {
			super(dataSource, schema);
		}

	}

}
