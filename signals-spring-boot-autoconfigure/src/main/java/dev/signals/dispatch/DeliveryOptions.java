package dev.signals.dispatch;

import java.util.EnumMap;
import java.util.Map;

import dev.signals.FailurePolicy;
import dev.signals.Phase;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * How signals are delivered: the failure policy of each phase, the recursion limit and what
 * observes the deliveries.
 *
 * @since 0.1.0
 */
public final class DeliveryOptions {

	private final Map<Phase, FailurePolicy> failurePolicies;

	private final int maxDepth;

	private final EntityIdentity entityIdentity;

	private final @Nullable DeliveryObserver observer;

	private final @Nullable DurableDelivery durableDelivery;

	private DeliveryOptions(Map<Phase, FailurePolicy> failurePolicies, int maxDepth, EntityIdentity entityIdentity,
			@Nullable DeliveryObserver observer, @Nullable DurableDelivery durableDelivery) {
		Assert.isTrue(maxDepth >= 1, () -> "The maximum recursion depth must be at least 1, but was " + maxDepth);
		Assert.notNull(entityIdentity, "'entityIdentity' must not be null");
		this.failurePolicies = new EnumMap<>(failurePolicies);
		this.maxDepth = maxDepth;
		this.entityIdentity = entityIdentity;
		this.observer = observer;
		this.durableDelivery = durableDelivery;
	}

	/**
	 * The defaults: immediate and before-commit receivers propagate their exceptions, the
	 * others are logged; a signal may not be sent again while it is being delivered.
	 * @return the default options
	 */
	public static DeliveryOptions defaults() {
		Map<Phase, FailurePolicy> policies = new EnumMap<>(Phase.class);
		for (Phase phase : Phase.values()) {
			policies.put(phase, (phase == Phase.IMMEDIATE || phase == Phase.BEFORE_COMMIT) ? FailurePolicy.PROPAGATE
					: FailurePolicy.LOG);
		}
		return new DeliveryOptions(policies, 1, EntityIdentity.INSTANCE_ONLY, null, null);
	}

	/**
	 * These options with another failure policy for a phase.
	 * @param phase the phase
	 * @param policy its failure policy
	 * @return new options
	 */
	public DeliveryOptions withFailurePolicy(Phase phase, FailurePolicy policy) {
		Map<Phase, FailurePolicy> policies = new EnumMap<>(this.failurePolicies);
		policies.put(phase, policy);
		return new DeliveryOptions(policies, this.maxDepth, this.entityIdentity, this.observer, this.durableDelivery);
	}

	/**
	 * These options with another recursion limit.
	 * @param maxDepth how deep the same signal about the same entity may nest (at least 1)
	 * @return new options
	 */
	public DeliveryOptions withMaxDepth(int maxDepth) {
		return new DeliveryOptions(this.failurePolicies, maxDepth, this.entityIdentity, this.observer,
				this.durableDelivery);
	}

	/**
	 * These options with a way to tell entity identifiers.
	 * @param entityIdentity the identity of entities
	 * @return new options
	 */
	public DeliveryOptions withEntityIdentity(EntityIdentity entityIdentity) {
		return new DeliveryOptions(this.failurePolicies, this.maxDepth, entityIdentity, this.observer,
				this.durableDelivery);
	}

	/**
	 * These options with an observer of deliveries.
	 * @param observer what watches the deliveries, {@code null} for nothing
	 * @return new options
	 */
	public DeliveryOptions withObserver(@Nullable DeliveryObserver observer) {
		return new DeliveryOptions(this.failurePolicies, this.maxDepth, this.entityIdentity, observer,
				this.durableDelivery);
	}

	/**
	 * These options, with durable receivers stored and delivered by the given delivery.
	 * @param durableDelivery the durable delivery, {@code null} for none
	 * @return new options
	 */
	public DeliveryOptions withDurableDelivery(@Nullable DurableDelivery durableDelivery) {
		return new DeliveryOptions(this.failurePolicies, this.maxDepth, this.entityIdentity, this.observer,
				durableDelivery);
	}

	FailurePolicy failurePolicy(Phase phase) {
		return this.failurePolicies.get(phase);
	}

	int maxDepth() {
		return this.maxDepth;
	}

	EntityIdentity entityIdentity() {
		return this.entityIdentity;
	}

	@Nullable DeliveryObserver observer() {
		return this.observer;
	}

	@Nullable DurableDelivery durableDelivery() {
		return this.durableDelivery;
	}

}
