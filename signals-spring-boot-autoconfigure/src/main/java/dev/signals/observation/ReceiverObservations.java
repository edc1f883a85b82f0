package dev.signals.observation;

import java.util.function.Function;

import dev.signals.dispatch.DeliveryObserver;
import dev.signals.dispatch.EntityIdentity;
import dev.signals.dispatch.Receiver;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Observes every receiver call as {@link SignalsObservationDocumentation#RECEIVER_INVOCATION}.
 * While the registry is the no-op one (no handler), calls the receiver and nothing else.
 */
final class ReceiverObservations implements DeliveryObserver {

	private final ObservationRegistry registry;

	private final Function<Object, @Nullable Object> entityIds;

	private final @Nullable ReceiverInvocationObservationConvention convention;

	ReceiverObservations(ObservationRegistry registry, EntityIdentity entityIdentity,
			@Nullable ReceiverInvocationObservationConvention convention) {
		this.registry = registry;
		this.entityIds = entityIdentity::idOf;
		this.convention = convention;
	}

	@Override
	public @Nullable Object receive(Receiver receiver, Object signal, Invocation invocation) {
		if (this.registry.isNoop()) {
			return invocation.proceed(receiver, signal);
		}
		Observation observation = SignalsObservationDocumentation.RECEIVER_INVOCATION
			.observation(this.convention, DefaultReceiverInvocationObservationConvention.INSTANCE,
					() -> new ReceiverInvocationContext(receiver.id(), receiver.phase(), signal, this.entityIds),
					this.registry)
			.start();
		Observation.Scope scope = observation.openScope();
		try {
			return invocation.proceed(receiver, signal);
		}
		catch (RuntimeException | Error ex) {
			observation.error(ex);
			throw ex;
		}
		finally {
			scope.close();
			observation.stop();
		}
	}

	@Override
	public String toString() {
		return "receiver observations of " + this.registry;
	}

}
