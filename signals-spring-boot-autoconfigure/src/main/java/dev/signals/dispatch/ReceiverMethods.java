package dev.signals.dispatch;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import dev.signals.Phase;
import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;
import dev.signals.SignalType;
import dev.signals.SignalsConfigurationException;

import org.jspecify.annotations.Nullable;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.scheduling.annotation.Async;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Turns a {@link SignalReceiver @SignalReceiver} method into a {@link Receiver}, after
 * checking that it is declared correctly.
 */
final class ReceiverMethods {

	private ReceiverMethods() {
	}

	/**
	 * Build the receiver of an annotated method.
	 * @param bean the bean to call (possibly an AOP proxy)
	 * @param targetClass the bean's user class
	 * @param method the annotated method, declared on the target class
	 * @param annotation the method's annotation
	 * @return the receiver
	 * @throws SignalsConfigurationException naming the class and method if it is misdeclared
	 */
	static Receiver receiver(Object bean, Class<?> targetClass, Method method, SignalReceiver annotation,
			@Nullable BeanFactory beanFactory) {
		String where = ClassUtils.getQualifiedMethodName(method, targetClass);
		Set<SignalType> implied = checkSignature(method, where);
		Class<?> parameterClass = method.getParameterTypes()[0];
		Set<SignalType> types = declaredTypes(annotation, implied, parameterClass, where);
		checkRequestAndMigrationReceiver(annotation, types, where);
		boolean async = AnnotatedElementUtils.hasAnnotation(method, Async.class)
				|| AnnotatedElementUtils.hasAnnotation(targetClass, Async.class);
		DurableReceivers.check(annotation, parameterClass, async, where);
		Class<?> bound = SignalClasses.senderBound(ResolvableType.forMethodParameter(method, 0));
		boolean custom = (parameterClass == SignalEvent.class);
		for (Class<?> sender : annotation.sender()) {
			check(custom || bound.isAssignableFrom(sender), where,
					"declares sender " + sender.getName() + ", which contradicts its parameter type bound to "
							+ bound.getName(),
					"Make the sender of " + where + " " + bound.getName()
							+ " or a subclass of it, or change the type argument of its parameter.");
		}
		Class<?>[] routed = (annotation.sender().length > 0 && !custom) ? annotation.sender()
				: (bound == Object.class) ? new Class<?>[0] : new Class<?>[] { bound };
		String description = ClassUtils.getShortName(targetClass) + "." + method.getName();
		String id = annotation.id().isEmpty() ? description : annotation.id();
		Integer order = OrderUtils.getOrder(method);
		Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
		ReflectionUtils.makeAccessible(invocable);
		SpelExpression condition = ReceiverFilters.parse(annotation.condition(), where);
		Predicate<Object> filter = ReceiverFilters.fields(annotation.field())
			.and(ReceiverFilters.condition(condition, beanFactory, "'" + id + "' (" + where + ")"));
		if (custom && annotation.sender().length > 0) {
			filter = filter.and(sentBy(annotation.sender()));
		}
		ReceiverDeclaration declaration = new ReceiverDeclaration(where, List.of(annotation.field()),
				annotation.condition(), (condition != null) ? ConditionAttributes.of(condition) : List.of(),
				async);
		Receiver receiver = new Receiver(id, description, types, routed, annotation.phase(),
				(order != null) ? order : Ordered.LOWEST_PRECEDENCE, new MethodInvoker(bean, invocable), filter)
			.withDeclaration(declaration);
		if (annotation.external()) {
			return receiver.asExternal();
		}
		return annotation.durable() ? receiver.asDurable() : receiver;
	}

	/**
	 * Check what the method's signature says about it as a receiver.
	 * @return the signal types its parameter carries
	 */
	private static Set<SignalType> checkSignature(Method method, String where) {
		check(Modifier.isPublic(method.getModifiers()), where, "is not public",
				"Declare " + where + " public.");
		check(!Modifier.isStatic(method.getModifiers()), where, "is static; receivers are instance methods of beans",
				"Remove static from " + where + ".");
		check(method.getParameterCount() == 1, where,
				"has " + method.getParameterCount()
						+ " parameters; a receiver takes exactly one, the signal (for example PostSave<Article>)",
				"Give " + where + " exactly one parameter, the signal it receives.");
		Class<?> parameterClass = method.getParameterTypes()[0];
		Set<SignalType> implied = SignalClasses.typesOf(parameterClass);
		check(implied != null, where,
				"takes a " + parameterClass.getName() + "; its parameter must be a signal type such as "
						+ "PostSave<Article>, ModelSignal<?>, BulkChanged<Article>, SignalEvent<Payload>, "
						+ "RequestFinished, PostMigrate or (for a durable receiver) SignalSnapshot<Article>",
				"Change the parameter of " + where + " to the signal it receives.");
		check(method.getReturnType() == void.class || parameterClass == SignalEvent.class, where,
				"returns " + method.getReturnType().getSimpleName() + "; receivers of model signals return void "
						+ "(only custom signal receivers return a response)",
				"Make " + where + " return void.");
		return implied;
	}

	private static Set<SignalType> declaredTypes(SignalReceiver annotation, Set<SignalType> implied,
			Class<?> parameterClass, String where) {
		if (annotation.value().length == 0) {
			return implied;
		}
		Set<SignalType> declared = EnumSet.copyOf(Arrays.asList(annotation.value()));
		for (SignalType type : declared) {
			check(implied.contains(type), where,
					"declares signal type " + type + ", but its parameter " + parameterClass.getSimpleName()
							+ " only carries " + implied,
					"Remove " + type + " from @SignalReceiver(value) of " + where
							+ ", or declare a parameter that carries it, such as ModelSignal<?>.");
		}
		return declared;
	}

	/**
	 * Request and migration signals are sent outside transactions and by no entity or object:
	 * a phase other than {@link Phase#IMMEDIATE}, a sender or a field would silently never
	 * apply.
	 */
	private static void checkRequestAndMigrationReceiver(SignalReceiver annotation, Set<SignalType> types,
			String where) {
		List<SignalType> requestOrMigration = types.stream()
			.filter((type) -> type.isRequestSignal() || type.isMigrationSignal())
			.sorted()
			.toList();
		if (requestOrMigration.isEmpty()) {
			return;
		}
		String selection = requestOrMigration.get(0).isRequestSignal() ? "condition = \"uri.startsWith('/api/')\""
				: "condition = \"tool.name() == 'FLYWAY'\"";
		check(annotation.phase() == Phase.IMMEDIATE, where,
				"declares phase " + annotation.phase() + ", but " + requestOrMigration
						+ " signals are not sent in a transaction; their receivers run where they are delivered",
				"Remove the phase of " + where + ", or annotate the method with @Async to run it on another thread.");
		check(annotation.sender().length == 0, where,
				"declares sender " + Arrays.stream(annotation.sender()).map(Class::getName).toList() + ", but "
						+ requestOrMigration + " signals have no sender",
				"Remove the sender of " + where + "; to choose signals, give it a condition such as " + selection
						+ ".");
		check(annotation.field().length == 0, where,
				"declares field " + Arrays.toString(annotation.field()) + ", but " + requestOrMigration
						+ " signals are about no entity; field applies to save and m2m_changed signals",
				"Remove the field of " + where + ".");
	}

	private static Predicate<Object> sentBy(Class<?>[] senders) {
		return (event) -> {
			Object sender = ((SignalEvent<?>) event).sender();
			for (Class<?> type : senders) {
				if (type.isInstance(sender)) {
					return true;
				}
			}
			return false;
		};
	}

	private static void check(boolean condition, String where, String problem, String action) {
		if (!condition) {
			throw new SignalsConfigurationException("@SignalReceiver method " + where + " " + problem + ".", action);
		}
	}

	private record MethodInvoker(Object bean, Method method) implements ReceiverInvoker {

		@Override
		public @Nullable Object invoke(Object signal) throws Throwable {
			try {
				return this.method.invoke(this.bean, signal);
			}
			catch (java.lang.reflect.InvocationTargetException ex) {
				throw ex.getTargetException();
			}
		}

	}

}
