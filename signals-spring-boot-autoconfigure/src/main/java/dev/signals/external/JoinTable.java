package dev.signals.external;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A many-to-many join table: which column points at the owning entity, which at the element,
 * and the collection attribute on each side.
 *
 * @param owner the owning side's table
 * @param ownerColumn the join table's column with the owner's id
 * @param field the owner's collection attribute
 * @param element the element side's table
 * @param elementColumn the join table's column with the element's id
 * @param inverseField the element's collection attribute mapped by {@code field}, or
 * {@code null} when the association is one-sided
 */
record JoinTable(EntityTable owner, String ownerColumn, String field, EntityTable element, String elementColumn,
		@Nullable String inverseField) {

	JoinTable {
		Assert.notNull(owner, "'owner' must not be null");
		Assert.notNull(element, "'element' must not be null");
		Assert.hasText(ownerColumn, "'ownerColumn' must not be empty");
		Assert.hasText(elementColumn, "'elementColumn' must not be empty");
		Assert.hasText(field, "'field' must not be empty");
	}

}
