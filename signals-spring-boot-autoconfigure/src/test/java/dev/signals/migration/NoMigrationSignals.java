package dev.signals.migration;

import dev.signals.PostMigrate;
import dev.signals.PreMigrate;
import org.mockito.MockedConstruction;

import static dev.signals.SignalConstructions.counting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that a migration nobody receives builds no migration signal.
 */
final class NoMigrationSignals {

	private NoMigrationSignals() {
	}

	/**
	 * Run some work and assert that it built neither a {@link PreMigrate} nor a
	 * {@link PostMigrate}.
	 * @param work what migrates
	 */
	static void builtBy(Runnable work) {
		try (MockedConstruction<PreMigrate> pre = counting(PreMigrate.class);
				MockedConstruction<PostMigrate> post = counting(PostMigrate.class)) {
			work.run();

			assertThat(pre.constructed()).isEmpty();
			assertThat(post.constructed()).isEmpty();
		}
	}

}
