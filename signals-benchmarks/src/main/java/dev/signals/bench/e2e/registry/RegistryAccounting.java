package dev.signals.bench.e2e.registry;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import dev.signals.bench.e2e.Variant;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Counts what the registry variants write to their event publication tables between the
 * start of the first round and the end of the last: the rows the tables held and their
 * bytes, and PostgreSQL's counts of inserted, updated and deleted rows. Each variant has a
 * table of its own, in a schema of its own, so that PostgreSQL's counts are the variant's.
 *
 * <p>PostgreSQL's statistics lag: a backend reports what it wrote at the latest
 * {@value #STATISTICS_LAG_SECONDS} seconds after it goes idle. So the counts are read after
 * waiting {@link #QUIET}, with nothing written meanwhile, before the first round and after
 * the last one (outside every measured time).
 */
public final class RegistryAccounting {

	private static final int STATISTICS_LAG_SECONDS = 10;

	private static final Duration QUIET = Duration.ofSeconds(STATISTICS_LAG_SECONDS + 2);

	private final Map<Variant, RegistryTable> tables = new EnumMap<>(Variant.class);

	private final Map<Variant, RegistryWrites> start = new EnumMap<>(Variant.class);

	/**
	 * Find the registry variants among running applications.
	 * @param contexts the applications, by variant
	 */
	public RegistryAccounting(Map<Variant, ConfigurableApplicationContext> contexts) {
		contexts.forEach((variant, context) -> context.getBeanProvider(RegistryTable.class)
			.ifAvailable((table) -> this.tables.put(variant, table)));
	}

	/**
	 * Start counting: empty the tables and wait for PostgreSQL's statistics. Does nothing
	 * without registry variants.
	 */
	public void start() {
		this.start.putAll(counts());
	}

	/**
	 * Stop counting: empty the tables, counting what they held, and wait for PostgreSQL's
	 * statistics.
	 * @return what each registry variant wrote since {@link #start()}
	 */
	public Map<Variant, RegistryWrites> finish() {
		Map<Variant, RegistryWrites> writes = new EnumMap<>(Variant.class);
		counts().forEach((variant, end) -> writes.put(variant, end.minus(this.start.get(variant))));
		return writes;
	}

	private Map<Variant, RegistryWrites> counts() {
		Map<Variant, RegistryWrites> counts = new EnumMap<>(Variant.class);
		if (this.tables.isEmpty()) {
			return counts;
		}
		this.tables.values().forEach(RegistryTable::clear);
		sleep(QUIET);
		this.tables.forEach((variant, table) -> counts.put(variant, table.writes()));
		return counts;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for PostgreSQL's statistics", ex);
		}
	}

}
