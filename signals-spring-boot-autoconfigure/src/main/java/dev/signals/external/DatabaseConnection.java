package dev.signals.external;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import dev.signals.SignalsConfigurationException;


/**
 * Where the change stream is read from and as whom: a PostgreSQL JDBC URL taken apart into
 * the host, port and database Debezium's connector asks for.
 *
 * @param url the JDBC URL, such as {@code jdbc:postgresql://127.0.0.1:5432/app}
 * @param host the host
 * @param port the port
 * @param database the database name
 * @param username the user
 * @param password the password, empty for none
 */
record DatabaseConnection(String url, String host, int port, String database, String username, String password) {

	private static final String PREFIX = "jdbc:postgresql://";

	/**
	 * Take a JDBC URL apart.
	 * @param url the URL
	 * @param username the user
	 * @param password the password, empty for none
	 * @return the connection
	 */
	static DatabaseConnection of(String url, String username, String password) {
		if (!url.startsWith(PREFIX)) {
			throw new SignalsConfigurationException("External receivers read PostgreSQL's change stream, which needs "
					+ "a PostgreSQL JDBC URL starting with " + PREFIX + ", but the URL is '" + url + "'.",
					"Set spring.datasource.url (or signals.external.url) to the PostgreSQL database to read, or set "
							+ "signals.external.enabled=false: changes made by other programs are read on PostgreSQL only.");
		}
		URI uri = URI.create("postgresql://" + url.substring(PREFIX.length()));
		String path = uri.getPath();
		if (path == null || path.length() <= 1) {
			throw new SignalsConfigurationException("The JDBC URL '" + url + "' of the change stream names no database.",
					"Name the database in spring.datasource.url (or signals.external.url), e.g. "
							+ PREFIX + "localhost:5432/app.");
		}
		return new DatabaseConnection(url, uri.getHost(), (uri.getPort() != -1) ? uri.getPort() : 5432,
				path.substring(1), username, password);
	}

	/**
	 * Open a plain connection (outside the application's pool).
	 * @return the connection
	 * @throws SQLException if the database cannot be reached
	 */
	Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, this.username, this.password);
	}

}
