package dev.signals.durable;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.EventPublication.Status;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * Claims deliveries in Spring Modulith's JDBC event publication table, atomically: a claim
 * is an update that only succeeds from the state its claimer saw (status and time of the
 * last claim), so two instances never both win one. A claim sets the status to
 * {@code RESUBMITTED}, counts an attempt and stamps the time; a claimer renews it before
 * each attempt, and one not renewed within the claim timeout may be taken over.
 */
final class PublicationClaims {

	private final JdbcOperations jdbc;

	private final String claim;

	private final String claimSince;

	private final String fail;

	private final boolean uuidAsText;

	/**
	 * Create the claims of a table.
	 * @param publications the table (its JDBC operations run outside of any transaction: each
	 * update commits)
	 */
	PublicationClaims(PublicationTable publications) {
		this.jdbc = publications.jdbc();
		this.uuidAsText = publications.uuidAsText();
		String table = publications.name();
		this.claim = "UPDATE " + table + " SET STATUS = 'RESUBMITTED', COMPLETION_ATTEMPTS = COMPLETION_ATTEMPTS + 1, "
				+ "LAST_RESUBMISSION_DATE = ? WHERE ID = ? AND STATUS = ? AND COMPLETION_DATE IS NULL";
		this.claimSince = this.claim + " AND LAST_RESUBMISSION_DATE = ?";
		this.fail = "UPDATE " + table
				+ " SET STATUS = 'FAILED' WHERE ID = ? AND STATUS = 'RESUBMITTED' AND LAST_RESUBMISSION_DATE = ?";
	}

	/**
	 * Claim a delivery that nobody claimed yet.
	 * @param id the publication
	 * @return the time of the claim, or {@code null} when another claimer was first
	 */
	@Nullable Instant claimPublished(UUID id) {
		Instant now = now();
		return (this.jdbc.update(this.claim, Timestamp.from(now), id(id), Status.PUBLISHED.name()) == 1) ? now : null;
	}

	/**
	 * Claim a delivery in the state it was seen in: renew one's own claim, take over an
	 * abandoned one, or resubmit a failed one.
	 * @param id the publication
	 * @param status the status seen
	 * @param lastClaim the time of the last claim seen
	 * @return the time of the new claim, or {@code null} when the delivery changed since
	 */
	@Nullable Instant claim(UUID id, Status status, Instant lastClaim) {
		Instant now = now();
		int updated = this.jdbc.update(this.claimSince, Timestamp.from(now), id(id), status.name(),
				Timestamp.from(lastClaim));
		return (updated == 1) ? now : null;
	}

	/**
	 * Mark a delivery failed, if the claim is still the caller's.
	 * @param id the publication
	 * @param claimedAt the time of the caller's claim
	 * @return whether it was marked
	 */
	boolean fail(UUID id, Instant claimedAt) {
		return this.jdbc.update(this.fail, id(id), Timestamp.from(claimedAt)) == 1;
	}

	private Object id(UUID id) {
		return this.uuidAsText ? id.toString() : id;
	}

	/**
	 * Now, to the millisecond: every database keeps that exactly, so a claimer can compare
	 * the time it wrote.
	 */
	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

}
