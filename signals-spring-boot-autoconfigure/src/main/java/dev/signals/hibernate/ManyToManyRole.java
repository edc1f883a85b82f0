package dev.signals.hibernate;

import java.util.List;

import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;

/**
 * One side of a many-to-many relation: the collection attribute, the entity classes on both
 * sides, and the attribute of the other side when the relation is bidirectional.
 *
 * @param persister the collection persister of this side
 * @param ownerClass the entity class that declares the attribute
 * @param field the collection attribute name
 * @param path the attribute's path from the owner, which differs from its name inside an
 * embeddable ({@code content.tags})
 * @param elementPersister the persister of the entities in the collection
 * @param otherField the attribute of the other side ({@code mappedBy} of the inverse side,
 * or the inverse attribute of the owning side), {@code null} when unidirectional
 * @param elementSubclasses the entity classes that extend the element class
 */
record ManyToManyRole(CollectionPersister persister, Class<?> ownerClass, String field, String path,
		EntityPersister elementPersister, @Nullable String otherField, List<Class<?>> elementSubclasses) {

	Class<?> elementClass() {
		return this.elementPersister.getMappedClass();
	}

	/**
	 * Whether elements may be instances of subclasses of {@link #elementClass()}: then an
	 * element's class is only known once it is loaded.
	 */
	boolean elementsMayBeSubclasses() {
		return !this.elementSubclasses.isEmpty();
	}

	boolean inverse() {
		return this.persister.isInverse();
	}

}
