package dev.signals.bench.e2e;

import java.util.Map;

import dev.signals.bench.e2e.registry.RegistryWrites;

import org.springframework.util.Assert;

/**
 * What the end-to-end benchmark found.
 *
 * @param posts the posts of each run of the workload
 * @param rounds the measured rounds
 * @param summaries the medians of each variant
 * @param footprints the live heap of one transaction of {@code posts} inserts, before it
 * commits, for the variants measured (none when the after-commit variant did not run)
 * @param registryWrites what the registry variants that ran wrote to their event
 * publication tables over all rounds
 */
public record EndToEndResults(int posts, int rounds, Map<Variant, VariantSummary> summaries,
		Map<Variant, Long> footprints, Map<Variant, RegistryWrites> registryWrites) {

	/**
	 * Whether the variants were all run.
	 * @param variants the variants
	 * @return whether each has a summary
	 */
	public boolean includes(Variant... variants) {
		for (Variant variant : variants) {
			if (!this.summaries.containsKey(variant)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A variant's median total time relative to plain Hibernate's.
	 * @param variant the variant
	 * @return the ratio, 1.0 for the same time
	 */
	public double ratio(Variant variant) {
		return ratio(variant, Variant.BASELINE);
	}

	/**
	 * A variant's median total time relative to another's.
	 * @param variant the variant
	 * @param other the variant it is compared with
	 * @return the ratio, 1.0 for the same time
	 */
	public double ratio(Variant variant, Variant other) {
		return (double) this.summaries.get(variant).total().nanos() / this.summaries.get(other).total().nanos();
	}

	/**
	 * The median time of one phase of a variant relative to another's.
	 * @param variant the variant
	 * @param other the variant it is compared with
	 * @param phase the phase, one of {@link WorkloadResult#PHASES}
	 * @return the ratio, 1.0 for the same time
	 */
	public double phaseRatio(Variant variant, Variant other, String phase) {
		return (double) phase(variant, phase).nanos() / phase(other, phase).nanos();
	}

	/**
	 * The median CPU time of the benchmark thread in one phase of a variant relative to
	 * another's.
	 * @param variant the variant
	 * @param other the variant it is compared with
	 * @param phase the phase, one of {@link WorkloadResult#PHASES}
	 * @return the ratio, 1.0 for the same CPU time
	 */
	public double phaseCpuRatio(Variant variant, Variant other, String phase) {
		return (double) phase(variant, phase).cpuNanos() / phase(other, phase).cpuNanos();
	}

	private Measurement phase(Variant variant, String phase) {
		int index = WorkloadResult.PHASES.indexOf(phase);
		Assert.isTrue(index >= 0, () -> "Expected a phase of " + WorkloadResult.PHASES + ", not '" + phase + "'");
		return this.summaries.get(variant).phases().get(index);
	}

	/**
	 * A variant's median CPU time of the benchmark thread relative to plain Hibernate's.
	 * @param variant the variant
	 * @return the ratio, 1.0 for the same CPU time
	 */
	public double cpuRatio(Variant variant) {
		return cpuRatio(variant, Variant.BASELINE);
	}

	/**
	 * A variant's median CPU time of the benchmark thread relative to another's.
	 * @param variant the variant
	 * @param other the variant it is compared with
	 * @return the ratio, 1.0 for the same CPU time
	 */
	public double cpuRatio(Variant variant, Variant other) {
		return (double) this.summaries.get(variant).total().cpuNanos() / this.summaries.get(other).total().cpuNanos();
	}

	/**
	 * The bytes a variant allocates per written row (insert, update, many-to-many add or
	 * delete), on the median.
	 * @param variant the variant
	 * @return the bytes per write
	 */
	public double bytesPerWrite(Variant variant) {
		return (double) this.summaries.get(variant).total().bytes() / (4.0 * this.posts);
	}

}
