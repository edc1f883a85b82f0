package dev.signals.dispatch;

import java.lang.reflect.Method;
import java.util.Map;

import dev.signals.SignalReceiver;

import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.Assert;
import org.springframework.util.ReflectionUtils;

/**
 * Builds receivers exactly as the library builds them from {@link SignalReceiver
 * @SignalReceiver} methods (same checks, same reflective invoker), but under an identifier
 * the benchmark chooses, so that one bean method can stand for any number of receivers.
 * It sits in the library's package only to reach that package-private code.
 */
public final class AnnotatedReceivers {

	private AnnotatedReceivers() {
	}

	/**
	 * The receiver of an annotated method of a bean, under the given identifier.
	 * @param bean the bean
	 * @param methodName the name of its one-parameter {@code @SignalReceiver} method
	 * @param id the receiver identifier
	 * @return the receiver, ready to register
	 */
	public static Receiver of(Object bean, String methodName, String id) {
		Method method = ReflectionUtils.findMethod(bean.getClass(), methodName, (Class<?>[]) null);
		Assert.state(method != null && method.isAnnotationPresent(SignalReceiver.class),
				() -> bean.getClass().getName() + " has no @SignalReceiver method " + methodName);
		SignalReceiver annotation = AnnotationUtils.synthesizeAnnotation(Map.of("id", id), SignalReceiver.class,
				method);
		return ReceiverMethods.receiver(bean, bean.getClass(), method, annotation, null);
	}

}
