package dev.signals;

/**
 * What migrated the schema, in a {@link MigrationSignal}.
 *
 * @since 0.1.0
 */
public enum MigrationTool {

	/** Flyway, as configured by Spring Boot. */
	FLYWAY,

	/** Liquibase, through Spring Boot's {@code SpringLiquibase}. */
	LIQUIBASE,

	/**
	 * Hibernate's schema management, when it creates or updates the schema
	 * ({@code spring.jpa.hibernate.ddl-auto} {@code create}, {@code create-drop},
	 * {@code create-only} or {@code update}).
	 */
	HIBERNATE

}
