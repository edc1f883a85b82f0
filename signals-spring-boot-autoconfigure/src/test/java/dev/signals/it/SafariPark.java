package dev.signals.it;

import jakarta.persistence.Entity;

/**
 * A subclass of the owner of a many-to-many relation: its animals are the relation that
 * {@link Zoo} declares.
 */
@Entity
public class SafariPark extends Zoo {

}
