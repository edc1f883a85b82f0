package dev.signals.hibernate;

import java.util.List;

import dev.signals.ClassPrepared;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.util.Assert;

/**
 * Publishes one {@link ClassPrepared} event per managed entity class once the application
 * context that owns the persistence units has been refreshed, when every
 * {@code @EventListener} is in place to receive it.
 *
 * @since 0.1.0
 */
public final class ClassPreparedPublisher implements ApplicationListener<ContextRefreshedEvent> {

	private final ApplicationContext context;

	private final List<EntityManagerFactory> factories;

	private boolean published;

	/**
	 * Create a publisher.
	 * @param context the application context whose refresh triggers publication
	 * @param factories the persistence units whose entity classes are published
	 */
	public ClassPreparedPublisher(ApplicationContext context, List<EntityManagerFactory> factories) {
		Assert.notNull(context, "'context' must not be null");
		Assert.notNull(factories, "'factories' must not be null");
		this.context = context;
		this.factories = List.copyOf(factories);
	}

	@Override
	public void onApplicationEvent(ContextRefreshedEvent event) {
		if (event.getApplicationContext() != this.context || this.published) {
			return;
		}
		this.published = true;
		for (EntityManagerFactory factory : this.factories) {
			String using = SignalsIntegrator.unitName(factory.unwrap(SessionFactoryImplementor.class));
			for (EntityType<?> entityType : factory.getMetamodel().getEntities()) {
				this.context.publishEvent(new ClassPrepared(entityType.getJavaType(), entityType, using));
			}
		}
	}

}
