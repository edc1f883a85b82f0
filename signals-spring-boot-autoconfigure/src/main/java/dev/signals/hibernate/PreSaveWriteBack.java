package dev.signals.hibernate;

import java.util.Set;

import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.type.Type;
import org.jspecify.annotations.Nullable;

/**
 * Writes what pre-save receivers changed in the instance into the state array Hibernate
 * builds the INSERT or UPDATE from, so that the same statement writes it. Only attributes
 * whose value the receivers changed are copied: the state also holds values Hibernate
 * prepared itself, such as the next version.
 */
final class PreSaveWriteBack {

	private PreSaveWriteBack() {
	}

	/**
	 * The instance's values before the receivers run, with mutable values (embeddables,
	 * dates, arrays) copied, so that a receiver changing one in place is seen as a change.
	 * @param persister the entity's persister
	 * @param entity the instance the receivers will get
	 * @return the values to pass to {@link #apply} as {@code before}
	 */
	static Object[] snapshot(EntityPersister persister, Object entity) {
		Object[] values = persister.getValues(entity);
		Type[] types = persister.getPropertyTypes();
		for (int i = 0; i < values.length; i++) {
			if (types[i].isMutable() && !types[i].isCollectionType()) {
				values[i] = types[i].deepCopy(values[i], persister.getFactory());
			}
		}
		return values;
	}

	/**
	 * Copy the receivers' changes into the state.
	 * @param persister the entity's persister
	 * @param entity the instance the receivers got
	 * @param state the state the statement is built from
	 * @param before the instance's values before the receivers ran, from {@link #snapshot}
	 * @param dirtyBefore for an update, the attributes that were dirty before the receivers
	 * ran; {@code null} for an insert
	 * @throws IllegalStateException if a receiver changed an attribute that a dynamic update
	 * would not write
	 */
	static void apply(EntityPersister persister, Object entity, Object[] state, Object[] before,
			@Nullable Set<String> dirtyBefore) {
		Object[] after = persister.getValues(entity);
		Type[] types = persister.getPropertyTypes();
		String[] names = persister.getPropertyNames();
		for (int i = 0; i < state.length; i++) {
			if (!types[i].isCollectionType() && !types[i].isEqual(after[i], before[i])) {
				if (dirtyBefore != null && persister.isDynamicUpdate() && !dirtyBefore.contains(names[i])) {
					throw new IllegalStateException("A pre-save receiver changed " + persister.getMappedClass().getName()
							+ "." + names[i] + ", but the entity uses dynamic updates, which write only the attributes "
							+ "that were dirty before the receivers ran " + dirtyBefore + ": the change would be lost. "
							+ "Change the attribute before saving, or remove @DynamicUpdate.");
				}
				state[i] = types[i].isMutable() ? types[i].deepCopy(after[i], persister.getFactory()) : after[i];
			}
		}
	}

}
