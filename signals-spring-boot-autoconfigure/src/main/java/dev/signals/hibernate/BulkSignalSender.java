package dev.signals.hibernate;

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
	private static final Pattern TARGET_TABLE = Pattern
		.compile("\\s*(?:update|delete\\s+from|insert\\s+into)\\s+([^\\s(]+)", Pattern.CASE_INSENSITIVE);

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

	private final SignalSender sender;

	private final BulkMode mode;

	private volatile @Nullable Map<String, Class<?>> entitiesByTable;

	BulkSignalSender(SignalSender sender, BulkMode mode) {
		this.sender = sender;
		this.mode = mode;
	}

	void executed(JdbcOperationQueryMutation statement, int rows, SharedSessionContractImplementor session) {
		BulkOperation operation = operation(statement);
		if (operation == null || this.mode == BulkMode.IGNORE) {
			return;
		}
		Matcher target = TARGET_TABLE.matcher(statement.getSqlString());
		if (target.lookingAt()) {
			report(target.group(1), operation, rows, session);
		}
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
		for (SignalType type : SignalType.values()) {
			if (type.isModelSignal() && !this.sender.route(type, entityClass).isEmpty()) {
				return true;
			}
		}
		return false;
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
