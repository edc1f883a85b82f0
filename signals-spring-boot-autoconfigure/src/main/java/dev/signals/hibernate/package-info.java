/**
 * The bridge from Hibernate's entity events to model signals. Internal: the public types
 * here are public for the auto-configuration and Java's service loader, not part of the
 * supported API.
 */
@NullMarked
package dev.signals.hibernate;

import org.jspecify.annotations.NullMarked;
