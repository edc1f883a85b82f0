package dev.signals;

/**
 * What happened to a many-to-many relation, as in Django's {@code m2m_changed} {@code action}.
 *
 * @since 0.1.0
 */
public enum M2MAction {

	/** Before join-table rows are inserted. */
	PRE_ADD,

	/** After join-table rows were inserted. */
	POST_ADD,

	/** Before join-table rows are deleted while others of the owner's collection remain. */
	PRE_REMOVE,

	/** After join-table rows were deleted while others of the owner's collection remain. */
	POST_REMOVE,

	/**
	 * Before every join-table row of the owner's collection is deleted (the collection ends up
	 * empty, or its owner is deleted). The reverse views carry the same action, with the
	 * owner's id as their key set.
	 */
	PRE_CLEAR,

	/**
	 * After every join-table row of the owner's collection was deleted. The reverse views
	 * carry the same action.
	 */
	POST_CLEAR

}
