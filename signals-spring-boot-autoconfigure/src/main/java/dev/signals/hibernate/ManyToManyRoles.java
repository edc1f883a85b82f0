package dev.signals.hibernate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.spi.MappingMetamodelImplementor;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * The many-to-many roles of a session factory, worked out once per collection role from
 * Hibernate's mapping metamodel.
 */
final class ManyToManyRoles {

	private final Map<String, Optional<ManyToManyRole>> roles = new ConcurrentHashMap<>();

	/**
	 * The many-to-many role of a collection persister.
	 * @param persister a collection persister
	 * @return the role, or {@code null} when the collection is not a many-to-many of entities
	 */
	@Nullable ManyToManyRole of(CollectionPersister persister) {
		Optional<ManyToManyRole> role = this.roles.get(persister.getRole());
		if (role == null) {
			role = this.roles.computeIfAbsent(persister.getRole(), (name) -> Optional.ofNullable(describe(persister)));
		}
		return role.orElse(null);
	}

	private static @Nullable ManyToManyRole describe(CollectionPersister persister) {
		if (!persister.isManyToMany() || persister.getElementPersister() == null) {
			return null;
		}
		String field = persister.getAttributeMapping().getAttributeName();
		String otherField = persister.isInverse() ? persister.getMappedByProperty()
				: inverseAttribute(persister, field);
		String path = persister.getRole().substring(persister.getOwnerEntityPersister().getEntityName().length() + 1);
		return new ManyToManyRole(persister, persister.getOwnerEntityPersister().getMappedClass(), field, path,
				persister.getElementPersister(), otherField, subclasses(persister.getElementPersister()));
	}

	private static List<Class<?>> subclasses(EntityPersister entity) {
		MappingMetamodelImplementor metamodel = entity.getFactory().getMappingMetamodel();
		return entity.getSubclassEntityNames()
			.stream()
			.filter((name) -> !name.equals(entity.getEntityName()))
			.<Class<?>>map((name) -> metamodel.getEntityDescriptor(name).getMappedClass())
			.toList();
	}

	private static @Nullable String inverseAttribute(CollectionPersister owning, String field) {
		SessionFactoryImplementor factory = owning.getFactory();
		Class<?> ownerClass = owning.getOwnerEntityPersister().getMappedClass();
		Class<?> elementClass = owning.getElementPersister().getMappedClass();
		String[] found = new String[1];
		factory.getMappingMetamodel().forEachCollectionDescriptor((candidate) -> {
			if (candidate.isInverse() && candidate.isManyToMany() && field.equals(candidate.getMappedByProperty())
					&& candidate.getElementPersister() != null
					&& candidate.getElementPersister().getMappedClass().isAssignableFrom(ownerClass)
					&& candidate.getOwnerEntityPersister().getMappedClass().isAssignableFrom(elementClass)) {
				found[0] = candidate.getAttributeMapping().getAttributeName();
			}
		});
		return found[0];
	}

}
