package dev.signals.externalchanges;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/**
 * An entity with a two-column id, whose changes external receivers cannot be given.
 */
@Entity
@IdClass(Membership.Key.class)
public class Membership {

	@Id
	private Long memberId;

	@Id
	private Long groupId;

	/**
	 * The id.
	 *
	 * @param memberId the member
	 * @param groupId the group
	 */
	public record Key(Long memberId, Long groupId) implements Serializable {
	}

}
