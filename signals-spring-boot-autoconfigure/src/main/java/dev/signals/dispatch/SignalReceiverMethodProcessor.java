package dev.signals.dispatch;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.signals.SignalReceiver;
import dev.signals.SignalType;
import dev.signals.SignalsConfigurationException;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.framework.AopInfrastructureBean;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aop.scope.ScopedProxyUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.DestructionAwareBeanPostProcessor;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.EventListener;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.Assert;

/**
 * Registers the {@link SignalReceiver @SignalReceiver} methods of every singleton bean as it
 * is initialized (after any AOP proxy is created, so that the proxy is called), and records
 * the Spring listeners that listen to model signals. Receivers are removed when their bean
 * is destroyed.
 *
 * @since 0.1.0
 */
public final class SignalReceiverMethodProcessor implements DestructionAwareBeanPostProcessor, BeanFactoryAware {

	private final ObjectProvider<ReceiverRegistry> registry;

	private final Set<Class<?>> classesWithoutSignals = ConcurrentHashMap.newKeySet();

	private final Map<Object, List<Receiver>> receiversByBean = Collections.synchronizedMap(new IdentityHashMap<>());

	private @Nullable BeanFactory beanFactory;

	/**
	 * Create a processor.
	 * @param registry the registry to add receivers to, resolved when the first receiver is
	 * found
	 */
	public SignalReceiverMethodProcessor(ObjectProvider<ReceiverRegistry> registry) {
		Assert.notNull(registry, "'registry' must not be null");
		this.registry = registry;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) {
		this.beanFactory = beanFactory;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
		if (bean instanceof AopInfrastructureBean || ScopedProxyUtils.isScopedTarget(beanName)) {
			return bean;
		}
		Class<?> targetClass = AopProxyUtils.ultimateTargetClass(bean);
		if (this.classesWithoutSignals.contains(targetClass)) {
			return bean;
		}
		Map<Method, SignalReceiver> annotated = MethodIntrospector.selectMethods(targetClass,
				(MethodIntrospector.MetadataLookup<SignalReceiver>) (method) -> AnnotatedElementUtils
					.findMergedAnnotation(method, SignalReceiver.class));
		List<ListenerInterest> interests = listenerInterests(bean, targetClass);
		if (annotated.isEmpty() && interests.isEmpty()) {
			this.classesWithoutSignals.add(targetClass);
			return bean;
		}
		ReceiverRegistry receivers = this.registry.getObject();
		interests.forEach(receivers::registerListenerInterest);
		if (!annotated.isEmpty()) {
			registerReceivers(bean, beanName, targetClass, annotated, receivers);
		}
		return bean;
	}

	private void registerReceivers(Object bean, String beanName, Class<?> targetClass,
			Map<Method, SignalReceiver> annotated, ReceiverRegistry receivers) {
		if (this.beanFactory != null && this.beanFactory.containsBean(beanName)
				&& !this.beanFactory.isSingleton(beanName)) {
			throw new SignalsConfigurationException("Bean '" + beanName + "' (" + targetClass.getName()
					+ ") declares @SignalReceiver methods but is not a singleton.",
					"Declare the receivers of " + targetClass.getName() + " on a singleton bean.");
		}
		List<Receiver> created = new ArrayList<>();
		annotated.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey((a, b) -> a.toGenericString().compareTo(b.toGenericString())))
			.forEach((entry) -> created.add(ReceiverMethods.receiver(bean, targetClass, entry.getKey(), entry.getValue(),
					this.beanFactory)));
		created.forEach(receivers::register);
		this.receiversByBean.put(bean, created);
	}

	private static List<ListenerInterest> listenerInterests(Object bean, Class<?> targetClass) {
		List<ListenerInterest> interests = new ArrayList<>();
		if (bean instanceof ApplicationListener<?>) {
			addInterest(interests, ResolvableType.forClass(targetClass).as(ApplicationListener.class).getGeneric(0));
		}
		Map<Method, EventListener> listeners = MethodIntrospector.selectMethods(targetClass,
				(MethodIntrospector.MetadataLookup<EventListener>) (method) -> AnnotatedElementUtils
					.findMergedAnnotation(method, EventListener.class));
		listeners.forEach((method, listener) -> {
			if (listener.classes().length > 0) {
				for (Class<?> eventClass : listener.classes()) {
					addInterest(interests, ResolvableType.forClass(eventClass));
				}
			}
			else if (method.getParameterCount() == 1) {
				addInterest(interests, ResolvableType.forMethodParameter(method, 0));
			}
		});
		return interests;
	}

	private static void addInterest(List<ListenerInterest> interests, ResolvableType eventType) {
		Class<?> eventClass = eventType.resolve();
		Set<SignalType> types = (eventClass != null) ? SignalClasses.typesOf(eventClass) : null;
		if (types != null) {
			interests.add(new ListenerInterest(types, SignalClasses.senderBound(eventType)));
		}
	}

	@Override
	public boolean requiresDestruction(Object bean) {
		return this.receiversByBean.containsKey(bean);
	}

	@Override
	public void postProcessBeforeDestruction(Object bean, String beanName) {
		List<Receiver> receivers = this.receiversByBean.remove(bean);
		if (receivers != null) {
			ReceiverRegistry registry = this.registry.getObject();
			receivers.forEach(registry::unregister);
		}
	}

}
