package dev.signals.sample.service;

import jakarta.validation.constraints.NotNull;

/**
 * What a reader enters for a comment.
 */
public class CommentInput {

	@NotNull(message = "is required")
	@PlainText(max = 80)
	private String authorName;

	@NotNull(message = "is required")
	@PlainText(max = 2000, multiline = true)
	private String body;

	/**
	 * Who writes the comment.
	 * @return the name
	 */
	public String getAuthorName() {
		return this.authorName;
	}

	/**
	 * Set who writes the comment.
	 * @param authorName the name
	 */
	public void setAuthorName(String authorName) {
		this.authorName = authorName;
	}

	/**
	 * The text.
	 * @return the body
	 */
	public String getBody() {
		return this.body;
	}

	/**
	 * Set the text.
	 * @param body the body
	 */
	public void setBody(String body) {
		this.body = body;
	}

}
