package dev.signals.migration.schema;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The entity whose table Hibernate's schema management creates in the migration tests.
 */
@Entity
@Table(name = "migrated_entity")
public class MigratedEntity {

	@Id
	private Long id;

	/**
	 * The identifier.
	 * @return the id
	 */
	public Long getId() {
		return this.id;
	}

}
