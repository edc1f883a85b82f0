package dev.signals.external;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * How changes made by other programs are read ({@code signals.external.*}, bound as part of
 * the {@code signals.*} properties).
 *
 * @since 0.3.0
 */
public class ExternalProperties {

	/**
	 * Whether changes committed by other programs are read from PostgreSQL's change stream
	 * and sent to external receivers. Needs Debezium on the class path.
	 */
	private boolean enabled;

	/**
	 * The logical replication slot that keeps the changes not yet received. It survives
	 * restarts (and holds WAL while the application is down); drop it with
	 * {@code pg_drop_replication_slot} when external receivers are gone for good.
	 */
	private String slotName = "signals";

	/**
	 * The publication of the captured tables, created (and kept to those tables) by Debezium.
	 */
	private String publicationName = "signals";

	/**
	 * The table, in the application's database, that stores the stream position reached.
	 */
	private String offsetTable = "signals_external_offsets";

	/**
	 * The schema of entity tables whose mapping names none.
	 */
	private String defaultSchema = "public";

	/**
	 * Whether captured tables are set to {@code REPLICA IDENTITY FULL}, so that updates and
	 * deletes carry the previous values ({@code previous()} and {@code updateFields()}).
	 */
	private boolean replicaIdentityFull = true;

	/**
	 * The JDBC URL of the database to read; the application's
	 * {@code spring.datasource.url} when not set.
	 */
	private @Nullable String url;

	/**
	 * The user that reads the stream (needs the REPLICATION attribute or ownership of the
	 * tables); {@code spring.datasource.username} when not set.
	 */
	private @Nullable String username;

	/**
	 * The user's password; {@code spring.datasource.password} when not set.
	 */
	private @Nullable String password;

	/**
	 * The first wait before a failed external receiver is called again with the same change.
	 */
	private Duration initialBackoff = Duration.ofMillis(500);

	/**
	 * The longest wait between attempts of a failing external receiver (the wait doubles).
	 */
	private Duration maxBackoff = Duration.ofSeconds(30);

	/**
	 * How often an instance that does not stream the slot (another one does) tries to take
	 * it over.
	 */
	private Duration standbyInterval = Duration.ofSeconds(5);

	/**
	 * How much WAL the slot may keep (changes not yet taken by the external receivers, or
	 * kept while no instance streams) before a warning is logged.
	 */
	private DataSize maxLag = DataSize.ofMegabytes(256);

	/**
	 * How often the slot's lag is read (and published as the {@code signals.external.slot.lag}
	 * gauge where Micrometer is present).
	 */
	private Duration lagCheckInterval = Duration.ofMinutes(1);

	/**
	 * How often, while the captured tables have no changes, the stream confirms its position
	 * to the slot, so that the slot does not keep the WAL written for other tables.
	 */
	private Duration heartbeatInterval = Duration.ofSeconds(10);

	/**
	 * Whether changes made by other programs are read.
	 * @return whether the capability is on
	 */
	public boolean isEnabled() {
		return this.enabled;
	}

	/**
	 * Set whether changes made by other programs are read.
	 * @param enabled whether the capability is on
	 */
	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/**
	 * The replication slot's name.
	 * @return the slot name
	 */
	public String getSlotName() {
		return this.slotName;
	}

	/**
	 * Set the replication slot's name.
	 * @param slotName the slot name
	 */
	public void setSlotName(String slotName) {
		this.slotName = slotName;
	}

	/**
	 * The publication's name.
	 * @return the publication name
	 */
	public String getPublicationName() {
		return this.publicationName;
	}

	/**
	 * Set the publication's name.
	 * @param publicationName the publication name
	 */
	public void setPublicationName(String publicationName) {
		this.publicationName = publicationName;
	}

	/**
	 * The table that stores the stream position.
	 * @return the table name
	 */
	public String getOffsetTable() {
		return this.offsetTable;
	}

	/**
	 * Set the table that stores the stream position.
	 * @param offsetTable the table name
	 */
	public void setOffsetTable(String offsetTable) {
		this.offsetTable = offsetTable;
	}

	/**
	 * The schema of tables whose mapping names none.
	 * @return the schema
	 */
	public String getDefaultSchema() {
		return this.defaultSchema;
	}

	/**
	 * Set the schema of tables whose mapping names none.
	 * @param defaultSchema the schema
	 */
	public void setDefaultSchema(String defaultSchema) {
		this.defaultSchema = defaultSchema;
	}

	/**
	 * Whether captured tables are set to {@code REPLICA IDENTITY FULL}.
	 * @return whether previous values are captured
	 */
	public boolean isReplicaIdentityFull() {
		return this.replicaIdentityFull;
	}

	/**
	 * Set whether captured tables are set to {@code REPLICA IDENTITY FULL}.
	 * @param replicaIdentityFull whether previous values are captured
	 */
	public void setReplicaIdentityFull(boolean replicaIdentityFull) {
		this.replicaIdentityFull = replicaIdentityFull;
	}

	/**
	 * The JDBC URL of the database to read.
	 * @return the URL, or {@code null} for the application's
	 */
	public @Nullable String getUrl() {
		return this.url;
	}

	/**
	 * Set the JDBC URL of the database to read.
	 * @param url the URL
	 */
	public void setUrl(@Nullable String url) {
		this.url = url;
	}

	/**
	 * The user that reads the stream.
	 * @return the user, or {@code null} for the application's
	 */
	public @Nullable String getUsername() {
		return this.username;
	}

	/**
	 * Set the user that reads the stream.
	 * @param username the user
	 */
	public void setUsername(@Nullable String username) {
		this.username = username;
	}

	/**
	 * The user's password.
	 * @return the password, or {@code null} for the application's
	 */
	public @Nullable String getPassword() {
		return this.password;
	}

	/**
	 * Set the user's password.
	 * @param password the password
	 */
	public void setPassword(@Nullable String password) {
		this.password = password;
	}

	/**
	 * The first wait before a failed external receiver is called again.
	 * @return the wait
	 */
	public Duration getInitialBackoff() {
		return this.initialBackoff;
	}

	/**
	 * Set the first wait before a failed external receiver is called again.
	 * @param initialBackoff the wait
	 */
	public void setInitialBackoff(Duration initialBackoff) {
		this.initialBackoff = initialBackoff;
	}

	/**
	 * The longest wait between attempts of a failing external receiver.
	 * @return the wait
	 */
	public Duration getMaxBackoff() {
		return this.maxBackoff;
	}

	/**
	 * Set the longest wait between attempts of a failing external receiver.
	 * @param maxBackoff the wait
	 */
	public void setMaxBackoff(Duration maxBackoff) {
		this.maxBackoff = maxBackoff;
	}

	/**
	 * How often a standing-by instance tries to take the slot over.
	 * @return the interval
	 */
	public Duration getStandbyInterval() {
		return this.standbyInterval;
	}

	/**
	 * Set how often a standing-by instance tries to take the slot over.
	 * @param standbyInterval the interval
	 */
	public void setStandbyInterval(Duration standbyInterval) {
		this.standbyInterval = standbyInterval;
	}

	/**
	 * How much WAL the slot may keep before a warning is logged.
	 * @return the size
	 */
	public DataSize getMaxLag() {
		return this.maxLag;
	}

	/**
	 * Set how much WAL the slot may keep before a warning is logged.
	 * @param maxLag the size
	 */
	public void setMaxLag(DataSize maxLag) {
		this.maxLag = maxLag;
	}

	/**
	 * How often the slot's lag is read.
	 * @return the interval
	 */
	public Duration getLagCheckInterval() {
		return this.lagCheckInterval;
	}

	/**
	 * Set how often the slot's lag is read.
	 * @param lagCheckInterval the interval
	 */
	public void setLagCheckInterval(Duration lagCheckInterval) {
		this.lagCheckInterval = lagCheckInterval;
	}

	/**
	 * How often the stream confirms its position while the captured tables are quiet.
	 * @return the interval
	 */
	public Duration getHeartbeatInterval() {
		return this.heartbeatInterval;
	}

	/**
	 * Set how often the stream confirms its position while the captured tables are quiet.
	 * @param heartbeatInterval the interval
	 */
	public void setHeartbeatInterval(Duration heartbeatInterval) {
		this.heartbeatInterval = heartbeatInterval;
	}

}
