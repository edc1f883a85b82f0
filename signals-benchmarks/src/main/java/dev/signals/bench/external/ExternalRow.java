package dev.signals.bench.external;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * The row another program writes in the external part: an id the writer assigns, a name and
 * an amount. The application never writes or reads it; it only receives its changes.
 */
@Entity
public class ExternalRow {

	@Id
	private Long id;

	private String name;

	private int amount;

	protected ExternalRow() {
	}

}
