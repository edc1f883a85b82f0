package dev.signals.sample.model;

/**
 * Whether an article is visible to readers.
 */
public enum ArticleStatus {

	/** Being written; only its author sees it. */
	DRAFT,

	/** Visible to everybody since its publication time. */
	PUBLISHED

}
