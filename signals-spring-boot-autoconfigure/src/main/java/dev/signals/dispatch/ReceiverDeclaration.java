package dev.signals.dispatch;

import java.util.List;

import org.springframework.util.Assert;

/**
 * The {@code @SignalReceiver} method that declared a receiver, and the attributes it names:
 * kept for the checks that need the persistence units, which may only exist after the
 * receivers are registered.
 *
 * @param method the method's qualified name, such as
 * {@code com.example.ArticleReceivers.onSave}
 * @param fields the attribute names of {@code @SignalReceiver(field)}
 * @param condition the SpEL condition, empty for none
 * @param conditionAttributes the attribute names the condition asks the signal about with
 * {@code changed}, {@code previous}, {@code current} or {@code changedTo}
 * @param async whether the method (or its class) is annotated with Spring's {@code @Async}
 * @since 0.1.0
 */
public record ReceiverDeclaration(String method, List<String> fields, String condition,
		List<String> conditionAttributes, boolean async) {

	/**
	 * Create a declaration.
	 * @param method the method's qualified name
	 * @param fields the attribute names of {@code @SignalReceiver(field)}
	 * @param condition the SpEL condition, empty for none
	 * @param conditionAttributes the attribute names the condition asks the signal about
	 * @param async whether the method runs on Spring's task executor
	 */
	public ReceiverDeclaration {
		Assert.hasText(method, "'method' must not be empty");
		Assert.notNull(condition, "'condition' must not be null");
		fields = List.copyOf(fields);
		conditionAttributes = List.copyOf(conditionAttributes);
	}

}
