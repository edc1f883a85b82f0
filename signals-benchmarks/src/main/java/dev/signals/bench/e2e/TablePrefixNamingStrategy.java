package dev.signals.bench.e2e;

import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/**
 * Spring Boot's naming of tables, with a prefix, so that the applications of all variants
 * live side by side in one schema without sharing a table. Sequences are named after their
 * tables, so they get the prefix too.
 */
final class TablePrefixNamingStrategy extends CamelCaseToUnderscoresNamingStrategy {

	private final String prefix;

	TablePrefixNamingStrategy(String prefix) {
		this.prefix = prefix;
	}

	@Override
	public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment environment) {
		Identifier table = super.toPhysicalTableName(name, environment);
		return Identifier.toIdentifier(this.prefix + table.getText(), table.isQuoted());
	}

}
