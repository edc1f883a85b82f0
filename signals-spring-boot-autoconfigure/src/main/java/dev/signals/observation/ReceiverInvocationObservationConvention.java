package dev.signals.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * The {@link ObservationConvention} of receiver calls. Declare a bean of this type to
 * replace {@link DefaultReceiverInvocationObservationConvention}, or extend that class to
 * add key values.
 *
 * @since 0.1.0
 */
public interface ReceiverInvocationObservationConvention extends ObservationConvention<ReceiverInvocationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof ReceiverInvocationContext;
	}

}
