package dev.signals.hibernate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.CollectionEntry;
import org.hibernate.engine.spi.PersistenceContext;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.persister.collection.AbstractCollectionPersister;
import org.jspecify.annotations.Nullable;

/**
 * The keys a many-to-many collection held in the database before this flush: from its
 * snapshot when it was loaded, else from the join table with plain JDBC (a Hibernate query
 * could flush and re-enter the flush that is running). When owners are deleted, one select
 * reads the keys of every never-loaded collection of that relation whose owner the flush
 * deletes, instead of one select per owner.
 */
final class StoredKeys {

	private static final Log logger = LogFactory.getLog(StoredKeys.class);

	private static final int IN_LIST_SIZE = 500;

	private final ThreadLocal<Map<PersistentCollection<?>, Map<Object, @Nullable Object>>> prefetched = ThreadLocal
		.withInitial(IdentityHashMap::new);

	Map<Object, @Nullable Object> of(PersistentCollection<?> collection, ManyToManyRole role, Object ownerId,
			SharedSessionContractImplementor session) {
		if (collection.wasInitialized() && collection.getStoredSnapshot() != null) {
			return RelationKeys.byKey(collection.getStoredSnapshot(), role.elementPersister(), session);
		}
		Map<PersistentCollection<?>, Map<Object, @Nullable Object>> prefetched = this.prefetched.get();
		Map<Object, @Nullable Object> keys = prefetched.remove(collection);
		if (keys != null) {
			return keys;
		}
		if (!(role.persister() instanceof AbstractCollectionPersister persister)
				|| persister.getKeyColumnNames().length != 1 || persister.getElementColumnNames().length != 1) {
			logger.warn("The old keys of " + role.persister().getRole() + " cannot be read without loading it: its "
					+ "join table has composite keys. This change sends no m2m_changed signal; load the collection "
					+ "before replacing it or deleting its owner to get one.");
			return Map.of();
		}
		Object owner = collection.getOwner();
		boolean ownerDeleted = owner != null && EntityStates.isRemoved(session.getPersistenceContextInternal(), owner);
		Map<Object, PersistentCollection<?>> batch = ownerDeleted ? deletedOwnersCollections(role, prefetched, session)
				: new HashMap<>();
		batch.put(ownerId, collection);
		Map<Object, Map<Object, @Nullable Object>> byOwner = select(persister, role, batch.keySet(), session);
		batch.forEach((otherOwnerId, other) -> {
			if (other != collection) {
				prefetched.put(other, byOwner.getOrDefault(otherOwnerId, new LinkedHashMap<>()));
			}
		});
		if (batch.size() > 1) {
			// Normally consumed by the removals of this flush; a flush that fails first leaves them.
			session.getTransactionCompletionCallbacks()
				.registerCallback((AfterCompletionCallback) (success, completing) -> prefetched.clear());
		}
		return byOwner.getOrDefault(ownerId, new LinkedHashMap<>());
	}

	/**
	 * The never-loaded collections of a relation whose owners this flush deletes, by owner
	 * identifier.
	 */
	private static Map<Object, PersistentCollection<?>> deletedOwnersCollections(ManyToManyRole role,
			Map<PersistentCollection<?>, Map<Object, @Nullable Object>> prefetched,
			SharedSessionContractImplementor session) {
		PersistenceContext context = session.getPersistenceContextInternal();
		Map<Object, PersistentCollection<?>> collections = new HashMap<>();
		Map<PersistentCollection<?>, CollectionEntry> entries = context.getCollectionEntries();
		if (entries == null) {
			return collections;
		}
		entries.forEach((collection, entry) -> {
			Object owner = collection.getOwner();
			if (!collection.wasInitialized() && !prefetched.containsKey(collection)
					&& entry.getLoadedPersister() == role.persister()
					&& entry.getLoadedKey() != null && owner != null && EntityStates.isRemoved(context, owner)) {
				collections.put(entry.getLoadedKey(), collection);
			}
		});
		return collections;
	}

	private static Map<Object, Map<Object, @Nullable Object>> select(AbstractCollectionPersister persister,
			ManyToManyRole role, Collection<Object> ownerIds, SharedSessionContractImplementor session) {
		Class<?> ownerIdClass = persister.getOwnerEntityPersister().getIdentifierType().getReturnedClass();
		Class<?> elementIdClass = role.elementPersister().getIdentifierType().getReturnedClass();
		Map<Object, Map<Object, @Nullable Object>> byOwner = new HashMap<>();
		List<Object> ids = new ArrayList<>(ownerIds);
		Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
		for (int from = 0; from < ids.size(); from += IN_LIST_SIZE) {
			List<Object> chunk = ids.subList(from, Math.min(ids.size(), from + IN_LIST_SIZE));
			String sql = "select " + persister.getKeyColumnNames()[0] + ", " + persister.getElementColumnNames()[0]
					+ " from " + persister.getTableName() + " where " + persister.getKeyColumnNames()[0] + " in ("
					+ String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")";
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				for (int i = 0; i < chunk.size(); i++) {
					statement.setObject(i + 1, chunk.get(i));
				}
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						byOwner.computeIfAbsent(rows.getObject(1, ownerIdClass), (owner) -> new LinkedHashMap<>())
							.put(rows.getObject(2, elementIdClass), null);
					}
				}
			}
			catch (SQLException ex) {
				throw session.getJdbcServices()
					.getSqlExceptionHelper()
					.convert(ex, "Could not read the stored keys of " + role.persister().getRole()
							+ " for its m2m_changed signal", sql);
			}
		}
		return byOwner;
	}

}
