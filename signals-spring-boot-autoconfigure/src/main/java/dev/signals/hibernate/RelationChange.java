package dev.signals.hibernate;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.signals.M2MAction;
import org.hibernate.collection.spi.PersistentCollection;
import org.jspecify.annotations.Nullable;

/**
 * What one collection action of a flush changes in a many-to-many relation, worked out
 * before its SQL so that the same change is reported before and after it.
 *
 * @param collection the collection the action writes
 * @param owner the entity that owns the collection
 * @param ownerId the owner's identifier
 * @param role the relation
 * @param steps the changes, removals before additions
 */
record RelationChange(PersistentCollection<?> collection, Object owner, Object ownerId, ManyToManyRole role,
		List<Step> steps) {

	/**
	 * One action with the entities it concerns.
	 * @param pre the action sent before the SQL
	 * @param post the action sent after the SQL
	 * @param byKey the related entities by identifier ({@code null} when not in memory)
	 * @param keys the identifiers, the {@code pkSet} of both signals (an unmodifiable set,
	 * which the signals keep as it is)
	 */
	record Step(M2MAction pre, M2MAction post, Map<Object, @Nullable Object> byKey, Set<Object> keys) {

		static Step add(Map<Object, @Nullable Object> byKey) {
			return new Step(M2MAction.PRE_ADD, M2MAction.POST_ADD, byKey, Set.copyOf(byKey.keySet()));
		}

		static Step remove(Map<Object, @Nullable Object> byKey) {
			return new Step(M2MAction.PRE_REMOVE, M2MAction.POST_REMOVE, byKey, Set.copyOf(byKey.keySet()));
		}

		static Step clear(Map<Object, @Nullable Object> byKey) {
			return new Step(M2MAction.PRE_CLEAR, M2MAction.POST_CLEAR, byKey, Set.copyOf(byKey.keySet()));
		}

	}

}
