package dev.signals.hibernate;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.sql.exec.spi.JdbcOperationQueryMutation;
import org.jspecify.annotations.Nullable;

/**
 * Where the JDBC mutation executor reports bulk statements: the bulk signal sender of each
 * session factory that integrates signals. Session factories without one (signals not set
 * up for them) are left alone.
 */
final class BulkStatements {

	private static final Map<SessionFactoryImplementor, BulkSignalSender> senders = Collections
		.synchronizedMap(new WeakHashMap<>());

	private BulkStatements() {
	}

	static void register(SessionFactoryImplementor factory, BulkSignalSender sender) {
		senders.put(factory, sender);
	}

	static void unregister(SessionFactoryImplementor factory) {
		senders.remove(factory);
	}

	static void executed(JdbcOperationQueryMutation statement, int rows,
			@Nullable SharedSessionContractImplementor session) {
		BulkSignalSender sender = sender(session);
		if (sender != null) {
			sender.executed(statement, rows, session);
		}
	}

	static void executedAsCommonTableExpressions(String sql, Object result,
			@Nullable SharedSessionContractImplementor session) {
		BulkSignalSender sender = sender(session);
		if (sender != null) {
			sender.executedAsCommonTableExpressions(sql, result, session);
		}
	}

	private static @Nullable BulkSignalSender sender(@Nullable SharedSessionContractImplementor session) {
		return (session != null) ? senders.get(session.getFactory()) : null;
	}

}
