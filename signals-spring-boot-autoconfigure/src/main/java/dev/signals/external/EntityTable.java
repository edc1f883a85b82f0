package dev.signals.external;

import java.util.Map;

import org.springframework.util.Assert;

/**
 * The table of an entity class, with the entity attribute (and its Java type) each column
 * holds.
 *
 * @param entityClass the entity class
 * @param idColumn the column of the id
 * @param idType the id's Java type
 * @param attributes the attribute name of each column of a basic or to-one attribute
 * @param types the Java type of each of those attributes (for to-one ones, the related id's)
 */
record EntityTable(Class<?> entityClass, String idColumn, Class<?> idType, Map<String, String> attributes,
		Map<String, Class<?>> types) {

	EntityTable {
		Assert.notNull(entityClass, "'entityClass' must not be null");
		Assert.hasText(idColumn, "'idColumn' must not be empty");
		attributes = Map.copyOf(attributes);
		types = Map.copyOf(types);
	}

}
