package dev.signals;

import jakarta.persistence.metamodel.EntityType;

import org.springframework.context.ApplicationEvent;
import org.springframework.util.Assert;

/**
 * Published once per managed entity class when the persistence unit is ready and the
 * application context has been refreshed (Django's {@code class_prepared}). Not a
 * {@link ModelSignal}, since there is no instance; receive it with
 * {@link org.springframework.context.event.EventListener @EventListener}.
 *
 * @since 0.1.0
 */
public final class ClassPrepared extends ApplicationEvent {

	private static final long serialVersionUID = 1L;

	private final transient Class<?> entityClass;

	private final transient EntityType<?> entityType;

	/** The persistence unit. */
	private final String using;

	/**
	 * Create an event.
	 * @param entityClass the entity class
	 * @param entityType the JPA metamodel type of the class
	 * @param using the persistence unit name
	 */
	public ClassPrepared(Class<?> entityClass, EntityType<?> entityType, String using) {
		super(entityClass);
		Assert.notNull(entityType, "'entityType' must not be null");
		Assert.notNull(using, "'using' must not be null");
		this.entityClass = entityClass;
		this.entityType = entityType;
		this.using = using;
	}

	/**
	 * The prepared entity class (Django's {@code sender}).
	 * @return the entity class
	 */
	public Class<?> entityClass() {
		return this.entityClass;
	}

	/**
	 * The JPA metamodel of the entity class.
	 * @return the entity type
	 */
	public EntityType<?> entityType() {
		return this.entityType;
	}

	/**
	 * The name of the persistence unit that manages the class.
	 * @return the persistence unit name
	 */
	public String using() {
		return this.using;
	}

}
