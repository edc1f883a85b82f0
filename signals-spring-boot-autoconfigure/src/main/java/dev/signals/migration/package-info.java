/**
 * Django's migration signals: {@link dev.signals.PreMigrate} and
 * {@link dev.signals.PostMigrate} around the schema migrations of Flyway, Liquibase and
 * Hibernate's schema management.
 */
@NullMarked
package dev.signals.migration;

import org.jspecify.annotations.NullMarked;
