package dev.signals.autoconfigure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.MappingMetamodel;

/**
 * The entity classes of the persistence units and the attribute names receivers may use for
 * each: its persistent attributes, which save signals report, and its many-to-many
 * collections (collections mapped through a join table between two entities, either side),
 * which {@code m2m_changed} signals name. Inherited attributes are included.
 */
final class EntityAttributes {

	private final Map<Class<?>, Set<String>> persistent = new LinkedHashMap<>();

	private final Map<Class<?>, Set<String>> manyToMany = new LinkedHashMap<>();

	EntityAttributes(Stream<EntityManagerFactory> factories) {
		factories.map((factory) -> factory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel())
			.forEach(this::add);
	}

	private void add(MappingMetamodel metamodel) {
		metamodel.forEachEntityDescriptor((entity) -> this.persistent.put(entity.getMappedClass(),
				new TreeSet<>(Arrays.asList(entity.getPropertyNames()))));
		List<Map.Entry<Class<?>, String>> collections = new ArrayList<>();
		metamodel.forEachCollectionDescriptor((collection) -> {
			if (collection.isManyToMany() && collection.getElementPersister() != null) {
				collections.add(Map.entry(collection.getOwnerEntityPersister().getMappedClass(),
						collection.getAttributeMapping().getAttributeName()));
			}
		});
		metamodel.forEachEntityDescriptor((entity) -> {
			Set<String> names = new TreeSet<>();
			for (Map.Entry<Class<?>, String> collection : collections) {
				if (collection.getKey().isAssignableFrom(entity.getMappedClass())) {
					names.add(collection.getValue());
				}
			}
			this.manyToMany.put(entity.getMappedClass(), names);
		});
	}

	boolean isEmpty() {
		return this.persistent.isEmpty();
	}

	Set<Class<?>> entityClasses() {
		return this.persistent.keySet();
	}

	/**
	 * The persistent attributes of some entity classes together, sorted.
	 */
	Set<String> persistentAttributes(Collection<Class<?>> entityClasses) {
		return union(entityClasses, this.persistent::get);
	}

	/**
	 * The many-to-many collections of some entity classes together, sorted.
	 */
	Set<String> manyToManyCollections(Collection<Class<?>> entityClasses) {
		return union(entityClasses, this.manyToMany::get);
	}

	private static Set<String> union(Collection<Class<?>> entityClasses, Function<Class<?>, Set<String>> names) {
		Set<String> union = new TreeSet<>();
		entityClasses.forEach((entityClass) -> union.addAll(names.apply(entityClass)));
		return union;
	}

}
