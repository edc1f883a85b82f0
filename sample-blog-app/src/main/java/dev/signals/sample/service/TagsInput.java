package dev.signals.sample.service;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * The tags an article should have, as JSON. The list is required: an empty one removes every
 * tag.
 */
public class TagsInput {

	@NotNull(message = "is required")
	@TagLimit
	private List<@NotNull @TagName String> tags;

	/**
	 * The tag names.
	 * @return the tags
	 */
	public List<String> getTags() {
		return this.tags;
	}

	/**
	 * Set the tag names.
	 * @param tags the tags
	 */
	public void setTags(List<String> tags) {
		this.tags = tags;
	}

}
