package dev.signals.dispatch;

import java.util.Set;
import java.util.function.Predicate;

import dev.signals.M2MChanged;
import dev.signals.ReceiverException;
import dev.signals.SaveSignal;
import dev.signals.SignalsConfigurationException;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.expression.BeanFactoryResolver;
import org.springframework.expression.ExpressionException;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

/**
 * The run-time filters of annotated receivers: {@code field} and {@code condition}.
 */
final class ReceiverFilters {

	private static final Predicate<Object> ALL = (signal) -> true;

	private static final SpelExpressionParser parser = new SpelExpressionParser();

	private ReceiverFilters() {
	}

	/**
	 * Only save signals that change one of the attributes (inserts always) and m2m changes
	 * of one of the attributes; other signals pass.
	 * @param fields the attribute names, empty for all
	 * @return the filter
	 */
	static Predicate<Object> fields(String[] fields) {
		if (fields.length == 0) {
			return ALL;
		}
		Set<String> names = Set.of(fields);
		return (signal) -> {
			if (signal instanceof M2MChanged<?> changed) {
				return names.contains(changed.field());
			}
			if (signal instanceof SaveSignal<?> save) {
				return save.created() || save.updateFields().stream().anyMatch(names::contains);
			}
			return true;
		};
	}

	/**
	 * Parse a receiver's condition.
	 * @param condition the expression, empty for none
	 * @param receiver the receiver's method, for error messages
	 * @return the parsed expression, or {@code null} when there is none
	 * @throws SignalsConfigurationException if the expression does not parse
	 */
	static @Nullable SpelExpression parse(String condition, String receiver) {
		if (condition.isBlank()) {
			return null;
		}
		try {
			return parser.parseRaw(condition);
		}
		catch (ExpressionException ex) {
			throw new SignalsConfigurationException("@SignalReceiver method " + receiver + " has an invalid condition '"
					+ condition + "': " + ex.getMessage(), "Correct the condition of " + receiver
							+ ": a SpEL expression on the signal, such as \"changedTo('status', 'PUBLISHED')\".",
					ex);
		}
	}

	/**
	 * Only signals for which a SpEL condition is true. A condition that throws fails with a
	 * {@link ReceiverException} that names the receiver and the expression.
	 * @param expression the parsed condition, {@code null} for none
	 * @param beanFactory where {@code @bean} references are resolved, or {@code null}
	 * @param receiver the receiver's id and method, for error messages
	 * @return the filter
	 */
	static Predicate<Object> condition(@Nullable SpelExpression expression, @Nullable BeanFactory beanFactory,
			String receiver) {
		if (expression == null) {
			return ALL;
		}
		return (signal) -> {
			StandardEvaluationContext context = new StandardEvaluationContext(signal);
			context.setVariable("signal", signal);
			if (beanFactory != null) {
				context.setBeanResolver(new BeanFactoryResolver(beanFactory));
			}
			Boolean result;
			try {
				result = expression.getValue(context, Boolean.class);
			}
			catch (RuntimeException ex) {
				throw new ReceiverException("The condition '" + expression.getExpressionString() + "' of signal receiver "
						+ receiver + " failed on " + signal + ": " + ex.getMessage(), ex);
			}
			if (result == null) {
				throw new IllegalStateException("The condition '" + expression.getExpressionString()
						+ "' of signal receiver " + receiver + " evaluated to null on " + signal
						+ "; it must be true or false");
			}
			return result;
		};
	}

}
