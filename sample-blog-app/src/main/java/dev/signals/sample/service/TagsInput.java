package dev.signals.sample.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;

/**
 * The tags an article should have, as JSON.
 */
public class TagsInput {

	@NotNull
	@TagLimit
	private List<@TagName String> tags = new ArrayList<>();

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
