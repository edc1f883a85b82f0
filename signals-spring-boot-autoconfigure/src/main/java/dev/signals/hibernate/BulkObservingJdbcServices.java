package dev.signals.hibernate;

import java.sql.PreparedStatement;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.hibernate.engine.jdbc.internal.JdbcServicesImpl;
import org.hibernate.sql.exec.spi.ExecutionContext;
import org.hibernate.sql.exec.spi.JdbcMutationExecutor;
import org.hibernate.sql.exec.spi.JdbcOperationQueryMutation;
import org.hibernate.sql.exec.spi.JdbcParameterBindings;
import org.hibernate.sql.exec.spi.JdbcSelect;
import org.hibernate.sql.exec.spi.JdbcSelectExecutor;
import org.hibernate.sql.results.spi.ResultsConsumer;
import org.hibernate.sql.results.spi.RowTransformer;

/**
 * Hibernate's JDBC services, with a mutation executor that reports each executed query
 * mutation (the statements of JPQL, Criteria and native {@code executeUpdate()} calls) and
 * its row count to {@link BulkStatements}, and a select executor that reports the selects
 * that are really mutations: on databases with data-modifying common table expressions
 * (PostgreSQL), Hibernate runs an update or delete of a {@code JOINED} hierarchy as one
 * {@code with ... select count(*)} statement. Entity writes go through neither.
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

	@Override
	public JdbcSelectExecutor getJdbcSelectExecutor() {
		JdbcSelectExecutor delegate = super.getJdbcSelectExecutor();
		return new JdbcSelectExecutor() {

			@Override
			public <T, R> T executeQuery(JdbcSelect select, JdbcParameterBindings bindings, ExecutionContext context,
					RowTransformer<R> rowTransformer, Class<R> domainResultType, StatementCreator statementCreator,
					ResultsConsumer<T, R> resultsConsumer) {
				T result = delegate.executeQuery(select, bindings, context, rowTransformer, domainResultType,
						statementCreator, resultsConsumer);
				selected(select, result, context);
				return result;
			}

			@Override
			public <T, R> T executeQuery(JdbcSelect select, JdbcParameterBindings bindings, ExecutionContext context,
					RowTransformer<R> rowTransformer, Class<R> domainResultType, int resultCountEstimate,
					StatementCreator statementCreator, ResultsConsumer<T, R> resultsConsumer) {
				T result = delegate.executeQuery(select, bindings, context, rowTransformer, domainResultType,
						resultCountEstimate, statementCreator, resultsConsumer);
				selected(select, result, context);
				return result;
			}

		};
	}

	private static void selected(JdbcSelect select, Object result, ExecutionContext context) {
		String sql = select.getSqlString();
		if (sql.regionMatches(true, 0, "with ", 0, 5)) {
			BulkStatements.executedAsCommonTableExpressions(sql, result, context.getSession());
		}
	}

}
