package dev.signals.external;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.MappingMetamodel;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;
import org.jspecify.annotations.Nullable;

/**
 * The tables whose changes external receivers want, keyed by {@code schema.table} as
 * PostgreSQL's change stream names them, worked out from Hibernate's mapping metamodel:
 * the tables of the entity classes the receivers name (and their subclasses), and the
 * many-to-many join tables of their collections.
 */
final class CapturedTables {

	private final Map<String, EntityTable> entities;

	private final Map<String, JoinTable> joins;

	private final Set<Class<?>> entityClasses;

	private CapturedTables(Map<String, EntityTable> entities, Map<String, JoinTable> joins,
			Set<Class<?>> entityClasses) {
		this.entities = entities;
		this.joins = joins;
		this.entityClasses = entityClasses;
	}

	/**
	 * Work out the tables of the entity classes that some external receiver receives.
	 * @param factory the session factory
	 * @param senders the receivers' sender classes; empty for every entity
	 * @param defaultSchema the schema of tables whose mapping names none
	 * @return the captured tables
	 */
	static CapturedTables of(SessionFactoryImplementor factory, Collection<Class<?>> senders, String defaultSchema) {
		MappingMetamodel metamodel = factory.getMappingMetamodel();
		Map<String, EntityTable> entities = new LinkedHashMap<>();
		Map<Class<?>, EntityTable> byClass = new LinkedHashMap<>();
		metamodel.forEachEntityDescriptor((persister) -> {
			if (persister instanceof AbstractEntityPersister entity && wanted(entity.getMappedClass(), senders)
					&& entity.getIdentifierColumnNames().length == 1) {
				EntityTable table = describe(entity, metamodel);
				entities.putIfAbsent(qualified(entity.getRootTableName(), defaultSchema), table);
				byClass.put(entity.getMappedClass(), table);
			}
		});
		Map<String, JoinTable> joins = new LinkedHashMap<>();
		metamodel.forEachCollectionDescriptor((collection) -> {
			JoinTable join = join(collection, byClass, metamodel);
			if (join != null) {
				joins.putIfAbsent(qualified(((AbstractCollectionPersister) collection).getTableName(), defaultSchema),
						join);
			}
		});
		return new CapturedTables(Map.copyOf(entities), Map.copyOf(joins), Set.copyOf(byClass.keySet()));
	}

	/**
	 * The entity table with a name.
	 * @param name the table's {@code schema.table}
	 * @return the entity table, or {@code null}
	 */
	@Nullable EntityTable entity(String name) {
		return this.entities.get(name);
	}

	/**
	 * The join table with a name.
	 * @param name the table's {@code schema.table}
	 * @return the join table, or {@code null}
	 */
	@Nullable JoinTable join(String name) {
		return this.joins.get(name);
	}

	/**
	 * Whether the changes of an entity class (or of some subclass of it) are captured.
	 * @param sender the entity class a receiver names
	 * @return whether a captured table maps it (entities of one hierarchy share a table)
	 */
	boolean captures(Class<?> sender) {
		return this.entityClasses.stream().anyMatch(sender::isAssignableFrom);
	}

	/**
	 * Every captured table.
	 * @return the {@code schema.table} names
	 */
	List<String> names() {
		return Stream.concat(this.entities.keySet().stream(), this.joins.keySet().stream())
			.sorted()
			.toList();
	}

	private static boolean wanted(Class<?> entityClass, Collection<Class<?>> senders) {
		return senders.isEmpty() || senders.stream().anyMatch((sender) -> sender.isAssignableFrom(entityClass));
	}

	private static EntityTable describe(AbstractEntityPersister entity, MappingMetamodel metamodel) {
		Map<String, String> attributes = new LinkedHashMap<>();
		Map<String, Class<?>> types = new LinkedHashMap<>();
		String[] names = entity.getPropertyNames();
		Type[] propertyTypes = entity.getPropertyTypes();
		for (int i = 0; i < names.length; i++) {
			String[] columns = entity.getPropertyColumnNames(i);
			if (!propertyTypes[i].isCollectionType() && columns.length == 1) {
				attributes.put(unquoted(columns[0]), names[i]);
				types.put(names[i], javaType(propertyTypes[i], metamodel));
			}
		}
		return new EntityTable(entity.getMappedClass(), unquoted(entity.getIdentifierColumnNames()[0]),
				entity.getIdentifierType().getReturnedClass(), attributes, types);
	}

	private static Class<?> javaType(Type type, MappingMetamodel metamodel) {
		if (type instanceof EntityType entityType) {
			return metamodel.getEntityDescriptor(entityType.getAssociatedEntityName())
				.getIdentifierType()
				.getReturnedClass();
		}
		return type.getReturnedClass();
	}

	private static @Nullable JoinTable join(CollectionPersister collection, Map<Class<?>, EntityTable> byClass,
			MappingMetamodel metamodel) {
		if (!collection.isManyToMany() || collection.isInverse() || collection.getElementPersister() == null
				|| !(collection instanceof AbstractCollectionPersister persister)
				|| persister.getKeyColumnNames().length != 1 || persister.getElementColumnNames().length != 1) {
			return null;
		}
		EntityPersister ownerPersister = collection.getOwnerEntityPersister();
		EntityPersister elementPersister = collection.getElementPersister();
		EntityTable owner = byClass.get(ownerPersister.getMappedClass());
		EntityTable element = byClass.get(elementPersister.getMappedClass());
		if (owner == null && element == null) {
			return null;
		}
		String field = collection.getAttributeMapping().getAttributeName();
		return new JoinTable(
				(owner != null) ? owner : describe((AbstractEntityPersister) ownerPersister, metamodel),
				unquoted(persister.getKeyColumnNames()[0]), field,
				(element != null) ? element : describe((AbstractEntityPersister) elementPersister, metamodel),
				unquoted(persister.getElementColumnNames()[0]), inverseField(collection, metamodel));
	}

	private static @Nullable String inverseField(CollectionPersister owning, MappingMetamodel metamodel) {
		String role = owning.getRole();
		String[] found = new String[1];
		metamodel.forEachCollectionDescriptor((other) -> {
			if (other.isInverse() && other.isManyToMany() && other.getElementPersister() != null
					&& other.getOwnerEntityPersister().getMappedClass() == owning.getElementPersister().getMappedClass()
					&& role.endsWith("." + other.getMappedByProperty())) {
				found[0] = other.getAttributeMapping().getAttributeName();
			}
		});
		return found[0];
	}

	private static String qualified(String table, String defaultSchema) {
		String name = unquoted(table);
		return name.contains(".") ? name : defaultSchema + "." + name;
	}

	private static String unquoted(String name) {
		return name.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
	}

}
