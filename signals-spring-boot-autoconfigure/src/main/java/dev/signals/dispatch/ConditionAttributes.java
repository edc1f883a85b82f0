package dev.signals.dispatch;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.expression.spel.SpelNode;
import org.springframework.expression.spel.ast.CompoundExpression;
import org.springframework.expression.spel.ast.MethodReference;
import org.springframework.expression.spel.ast.Projection;
import org.springframework.expression.spel.ast.Selection;
import org.springframework.expression.spel.ast.StringLiteral;
import org.springframework.expression.spel.ast.VariableReference;
import org.springframework.expression.spel.standard.SpelExpression;

/**
 * The attributes a condition asks a save signal about: the string literals passed first to
 * {@code changed}, {@code previous}, {@code current} and {@code changedTo} when they are
 * called on the signal, as the root object ({@code changed('title')}) or through
 * {@code #signal} or {@code #root}. Found in the parsed expression, so that a misspelled
 * attribute fails startup rather than every signal.
 */
final class ConditionAttributes {

	private static final Set<String> METHODS = Set.of("changed", "previous", "current", "changedTo");

	private ConditionAttributes() {
	}

	static List<String> of(SpelExpression condition) {
		Set<String> names = new LinkedHashSet<>();
		collect(condition.getAST(), true, true, names);
		return new ArrayList<>(names);
	}

	/**
	 * Collect the attribute names under a node.
	 * @param onSignal whether the node is evaluated on the signal
	 * @param inSignalScope whether the signal is the scope's root, which method arguments
	 * and indexes are evaluated on (inside a selection or projection it is each element)
	 */
	private static void collect(SpelNode node, boolean onSignal, boolean inSignalScope, Set<String> names) {
		if (onSignal && node instanceof MethodReference method && METHODS.contains(method.getName())
				&& method.getChildCount() > 0 && method.getChild(0) instanceof StringLiteral attribute) {
			names.add((String) attribute.getLiteralValue().getValue());
		}
		boolean scope = inSignalScope && !(node instanceof Selection) && !(node instanceof Projection);
		for (int i = 0; i < node.getChildCount(); i++) {
			boolean childOnSignal = (node instanceof CompoundExpression)
					? onSignal && (i == 0 || (i == 1 && isSignal(node.getChild(0), inSignalScope))) : scope;
			collect(node.getChild(i), childOnSignal, scope, names);
		}
	}

	private static boolean isSignal(SpelNode node, boolean inSignalScope) {
		if (!(node instanceof VariableReference variable)) {
			return false;
		}
		String name = variable.toStringAST();
		return name.equals("#signal") || name.equals("#root") || (inSignalScope && name.equals("#this"));
	}

}
