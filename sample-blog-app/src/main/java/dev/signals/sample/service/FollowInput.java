package dev.signals.sample.service;

import jakarta.validation.constraints.NotNull;

/**
 * Who starts following an author.
 */
public class FollowInput {

	@NotNull(message = "is required")
	private Long followerId;

	/**
	 * The id of the author who follows.
	 * @return the follower's id
	 */
	public Long getFollowerId() {
		return this.followerId;
	}

	/**
	 * Set the id of the author who follows.
	 * @param followerId the follower's id
	 */
	public void setFollowerId(Long followerId) {
		this.followerId = followerId;
	}

}
