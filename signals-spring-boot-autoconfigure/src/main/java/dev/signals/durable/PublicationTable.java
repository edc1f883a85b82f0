package dev.signals.durable;

import dev.signals.SignalsConfigurationException;
import dev.signals.dispatch.Receiver;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Spring Modulith's event publication table, which durable deliveries are stored in and
 * claimed from.
 *
 * @param jdbc the JDBC operations on the application's database
 * @param name the table's name, qualified by its schema when one is configured
 * @param uuidAsText whether it stores ids as text rather than as UUIDs
 */
record PublicationTable(JdbcOperations jdbc, String name, boolean uuidAsText) {

	/**
	 * Fail with what to do when the table does not exist: every write with a durable
	 * receiver would fail otherwise.
	 * @param receiver a durable receiver, to name in the message
	 */
	void checkExists(Receiver receiver) {
		try {
			this.jdbc.queryForList("select ID from " + this.name + " where 1 = 0");
		}
		catch (DataAccessException ex) {
			throw new SignalsConfigurationException("Durable receiver " + receiver + " stores its deliveries in the "
					+ "table " + this.name + ", which cannot be read: " + ex.getMostSpecificCause().getMessage(),
					"Create Spring Modulith's EVENT_PUBLICATION table with a migration (see the README, \"Durable "
							+ "receivers and brokers\"), or set "
							+ "spring.modulith.events.jdbc.schema-initialization.enabled=true.");
		}
	}

}
