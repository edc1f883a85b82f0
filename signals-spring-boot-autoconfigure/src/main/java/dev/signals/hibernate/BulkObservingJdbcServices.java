package dev.signals.hibernate;

import java.sql.PreparedStatement;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.hibernate.engine.jdbc.internal.JdbcServicesImpl;
import org.hibernate.sql.exec.spi.ExecutionContext;
import org.hibernate.sql.exec.spi.JdbcMutationExecutor;
import org.hibernate.sql.exec.spi.JdbcOperationQueryMutation;
import org.hibernate.sql.exec.spi.JdbcParameterBindings;

/**
 * Hibernate's JDBC services, with a mutation executor that reports each executed query
 * mutation (the statements of JPQL, Criteria and native {@code executeUpdate()} calls) and
 * its row count to {@link BulkStatements}. Entity writes do not go through it.
 */
final class BulkObservingJdbcServices extends JdbcServicesImpl {

	@Override
	public JdbcMutationExecutor getJdbcMutationExecutor() {
		JdbcMutationExecutor delegate = super.getJdbcMutationExecutor();
		return new JdbcMutationExecutor() {

			@Override
			public int execute(JdbcOperationQueryMutation statement, JdbcParameterBindings bindings,
					Function<String, PreparedStatement> statementCreator,
					BiConsumer<Integer, PreparedStatement> expectationCheck, ExecutionContext context) {
				int rows = delegate.execute(statement, bindings, statementCreator, expectationCheck, context);
				BulkStatements.executed(statement, rows, context.getSession());
				return rows;
			}

		};
	}

}
