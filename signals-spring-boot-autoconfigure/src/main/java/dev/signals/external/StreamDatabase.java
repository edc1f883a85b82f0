package dev.signals.external;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.util.function.SingletonSupplier;

/**
 * The database the change stream reads, its slot is locked in and its lag read from:
 * {@code signals.external.url}, {@code username} and {@code password}, each falling back to
 * the application's {@code spring.datasource.*}. Worked out once, when the application's
 * singletons exist, and only while external receivers exist, so that a URL that is not
 * PostgreSQL's fails the startup before anything starts.
 */
final class StreamDatabase implements Supplier<DatabaseConnection>, SmartInitializingSingleton {

	private final SingletonSupplier<DatabaseConnection> connection;

	private final BooleanSupplier wanted;

	/**
	 * Describe the database.
	 * @param properties the {@code signals.external.*} settings
	 * @param environment where the {@code spring.datasource.*} properties are
	 * @param wanted whether external receivers exist
	 */
	StreamDatabase(ExternalProperties properties, Environment environment, BooleanSupplier wanted) {
		this.connection = SingletonSupplier.of(() -> DatabaseConnection.of(setting(properties.getUrl(), environment, "url"),
				setting(properties.getUsername(), environment, "username"),
				setting(properties.getPassword(), environment, "password")));
		this.wanted = wanted;
	}

	private static String setting(@Nullable String configured, Environment environment, String name) {
		return (configured != null) ? configured : environment.getProperty("spring.datasource." + name, "");
	}

	@Override
	public DatabaseConnection get() {
		return this.connection.obtain();
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.wanted.getAsBoolean()) {
			get();
		}
	}

}
