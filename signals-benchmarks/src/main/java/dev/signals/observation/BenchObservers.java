package dev.signals.observation;

import dev.signals.dispatch.DeliveryObserver;
import dev.signals.dispatch.EntityIdentity;
import io.micrometer.observation.ObservationRegistry;

/**
 * The receiver observations exactly as the auto-configuration creates them, for the
 * benchmarks. It sits in the library's package only to reach that package-private class.
 */
public final class BenchObservers {

	private BenchObservers() {
	}

	/**
	 * The observer of receiver calls that {@code SignalsObservationAutoConfiguration}
	 * registers, with the default convention.
	 * @param registry the observation registry
	 * @param entityIdentity the identifiers of entities
	 * @return the observer
	 */
	public static DeliveryObserver receiverObservations(ObservationRegistry registry, EntityIdentity entityIdentity) {
		return new ReceiverObservations(registry, entityIdentity, null);
	}

}
