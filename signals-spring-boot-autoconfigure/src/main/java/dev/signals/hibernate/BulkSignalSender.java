package dev.signals.hibernate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.signals.BulkChanged;
import dev.signals.BulkMode;
import dev.signals.BulkOperation;
import dev.signals.SignalType;
import dev.signals.dispatch.Route;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.sql.exec.internal.JdbcOperationQueryDelete;
import org.hibernate.sql.exec.internal.JdbcOperationQueryUpdate;
import org.hibernate.sql.exec.spi.JdbcOperationQueryInsert;
import org.hibernate.sql.exec.spi.JdbcOperationQueryMutation;
import org.jspecify.annotations.Nullable;

/**
 * Turns a JPQL or Criteria bulk statement into a {@link BulkChanged} signal, or a warning,
 * for each entity whose table it wrote. Native statements are not reported: Hibernate does
 * not know which entities they touch.
 */
final class BulkSignalSender {

	private static final Log logger = LogFactory.getLog(BulkSignalSender.class);

	/**
	 * The table a mutation writes: its affected tables also name the tables its conditions
	 * read, and the statements that clear collection tables first name the entity's table.
	 */
	private static final Pattern TARGET_TABLE = Pattern.compile(
			"\\s*(?:update|delete\\s+(?:\\S+\\s+)?from|insert\\s+into)\\s+([^\\s(]+)", Pattern.CASE_INSENSITIVE);

	/**
	 * The first data-modifying common table expression of a statement, with the table of an
	 * insert (an update or delete first selects the ids of the target entity's rows).
	 */
	private static final Pattern MUTATING_EXPRESSION = Pattern
		.compile("\\bas\\s*\\(\\s*(update|delete|insert\\s+into\\s+([^\\s(]+))", Pattern.CASE_INSENSITIVE);

	/**
	 * The first table a statement reads: in an update or delete written as common table
	 * expressions, the table of the entity the JPQL statement names.
	 */
	private static final Pattern FIRST_SOURCE = Pattern.compile("\\bfrom\\s+([^\\s(),]+)",
			Pattern.CASE_INSENSITIVE);

	/** The types of signals that a bulk statement's rows send none of. */
	private static final SignalType[] MODEL_SIGNALS = Arrays.stream(SignalType.values())
		.filter(SignalType::isModelSignal)
		.toArray(SignalType[]::new);

	private final SignalSender sender;

	private final BulkMode mode;

	private volatile @Nullable Map<String, Class<?>> entitiesByTable;

	private final ThreadLocal<@Nullable IdTable> idTables = new ThreadLocal<>();

	BulkSignalSender(SignalSender sender, BulkMode mode) {
		this.sender = sender;
		this.mode = mode;
	}

	/**
	 * Report an executed mutation. On databases where Hibernate runs the update or delete of
	 * a {@code JOINED} hierarchy as several statements (H2, MariaDB, MySQL…), it first
	 * inserts the ids of the rows the JPQL statement matches into a temporary table, selected
	 * from the table of the entity that statement names; the statements that follow read that
	 * temporary table. They are reported once, as one bulk statement on that entity with as
	 * many rows as the temporary table got, as on PostgreSQL.
	 */
	void executed(JdbcOperationQueryMutation statement, int rows, SharedSessionContractImplementor session) {
		BulkOperation operation = operation(statement);
		if (operation == null || this.mode == BulkMode.IGNORE) {
			return;
		}
		String sql = statement.getSqlString();
		Matcher target = TARGET_TABLE.matcher(sql);
		boolean targeted = target.lookingAt();
		Map<String, Class<?>> entities = entitiesByTable(session.getFactory());
		if (targeted && operation == BulkOperation.INSERT && !entities.containsKey(target.group(1))) {
			Matcher source = FIRST_SOURCE.matcher(sql);
			Class<?> entityClass = source.find() ? entities.get(source.group(1)) : null;
			this.idTables.set((entityClass != null) ? new IdTable(session, target.group(1), entityClass, rows) : null);
			return;
		}
		IdTable idTable = this.idTables.get();
		if (idTable != null && idTable.isReadBy(sql, session)) {
			if (!idTable.reported) {
				idTable.reported = true;
				report(idTable.entityClass, operation, idTable.rows, session);
			}
			return;
		}
		this.idTables.remove();
		if (!targeted) {
			return;
		}
		String table = target.group(1);
		report(table, operation, rows, session);
	}

	/**
	 * Report a bulk statement that Hibernate ran as a select whose common table expressions
	 * write (the update or delete of a {@code JOINED} hierarchy on PostgreSQL), if the
	 * statement is one: its result is the row count.
	 */
	void executedAsCommonTableExpressions(String sql, Object result, SharedSessionContractImplementor session) {
		if (this.mode == BulkMode.IGNORE || !(result instanceof List<?> rows && rows.size() == 1
				&& rows.get(0) instanceof Number count)) {
			return;
		}
		Matcher mutation = MUTATING_EXPRESSION.matcher(sql);
		if (!mutation.find()) {
			return;
		}
		String keyword = mutation.group(1).substring(0, 6).toUpperCase(Locale.ROOT);
		BulkOperation operation = BulkOperation.valueOf(keyword);
		if (operation == BulkOperation.INSERT) {
			report(mutation.group(2), operation, count.intValue(), session);
			return;
		}
		Matcher source = FIRST_SOURCE.matcher(sql);
		if (source.find()) {
			report(source.group(1), operation, count.intValue(), session);
		}
	}

	private void report(String table, BulkOperation operation, int rows, SharedSessionContractImplementor session) {
		Class<?> entityClass = entitiesByTable(session.getFactory()).get(table);
		if (entityClass != null) {
			report(entityClass, operation, rows, session);
		}
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private void report(Class entityClass, BulkOperation operation, int rows,
			SharedSessionContractImplementor session) {
		Route route = this.sender.route(SignalType.BULK_CHANGED, entityClass);
		if (this.mode == BulkMode.SIGNAL && !route.isEmpty()) {
			this.sender.send(route, new BulkChanged(entityClass, operation, rows, this.sender.using()), session);
		}
		else if (hasModelReceivers(entityClass)) {
			logger.warn("A bulk " + operation + " wrote " + rows + " row(s) of " + entityClass.getName()
					+ " without entity instances, so its receivers got no save or delete signal. Receive "
					+ "BulkChanged<" + entityClass.getSimpleName() + "> to react to bulk statements.");
		}
	}

	private boolean hasModelReceivers(Class<?> entityClass) {
		for (SignalType type : MODEL_SIGNALS) {
			if (!this.sender.route(type, entityClass).isEmpty()) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The temporary table of the ids a multi-table bulk statement matched.
	 */
	private static final class IdTable {

		private final SharedSessionContractImplementor session;

		private final String name;

		private final Class<?> entityClass;

		private final int rows;

		private boolean reported;

		IdTable(SharedSessionContractImplementor session, String name, Class<?> entityClass, int rows) {
			this.session = session;
			this.name = name;
			this.entityClass = entityClass;
			this.rows = rows;
		}

		boolean isReadBy(String sql, SharedSessionContractImplementor session) {
			return this.session == session && sql.toLowerCase(Locale.ROOT).contains(this.name.toLowerCase(Locale.ROOT));
		}

	}

	private static @Nullable BulkOperation operation(JdbcOperationQueryMutation statement) {
		if (statement instanceof JdbcOperationQueryUpdate) {
			return BulkOperation.UPDATE;
		}
		if (statement instanceof JdbcOperationQueryDelete) {
			return BulkOperation.DELETE;
		}
		return (statement instanceof JdbcOperationQueryInsert) ? BulkOperation.INSERT : null;
	}

	private Map<String, Class<?>> entitiesByTable(SessionFactoryImplementor factory) {
		Map<String, Class<?>> entities = this.entitiesByTable;
		if (entities == null) {
			Map<String, Class<?>> byTable = new HashMap<>();
			factory.getMappingMetamodel().forEachEntityDescriptor((persister) -> addTables(byTable, persister));
			entities = Map.copyOf(byTable);
			this.entitiesByTable = entities;
		}
		return entities;
	}

	private static void addTables(Map<String, Class<?>> byTable, EntityPersister persister) {
		for (Object space : persister.getQuerySpaces()) {
			String table = space.toString();
			if (!persister.isInherited() || !byTable.containsKey(table)) {
				byTable.put(table, persister.getMappedClass());
			}
		}
	}

}
