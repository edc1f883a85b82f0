package dev.signals.observation;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import dev.signals.SignalType;
import dev.signals.observation.SignalsObservationDocumentation.HighCardinalityKeyNames;
import dev.signals.observation.SignalsObservationDocumentation.LowCardinalityKeyNames;
import io.micrometer.common.KeyValues;

/**
 * The default {@link ReceiverInvocationObservationConvention}: the name
 * {@code signals.receiver.invocations}, the contextual name {@code <signal type> <receiver id>}
 * (such as {@code post_save search-refresh}), and the key values of
 * {@link SignalsObservationDocumentation#RECEIVER_INVOCATION}.
 *
 * @since 0.1.0
 */
public class DefaultReceiverInvocationObservationConvention implements ReceiverInvocationObservationConvention {

	/** The shared instance. */
	public static final DefaultReceiverInvocationObservationConvention INSTANCE = new DefaultReceiverInvocationObservationConvention();

	private static final String NONE = "none";

	private static final Map<SignalType, String> CONTEXTUAL_PREFIXES = new EnumMap<>(SignalType.class);

	static {
		for (SignalType type : SignalType.values()) {
			CONTEXTUAL_PREFIXES.put(type, type.name().toLowerCase(Locale.ROOT) + " ");
		}
	}

	@Override
	public String getName() {
		return SignalsObservationDocumentation.RECEIVER_INVOCATION.getName();
	}

	@Override
	public String getContextualName(ReceiverInvocationContext context) {
		return CONTEXTUAL_PREFIXES.get(context.getSignalType()).concat(context.getReceiverId());
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ReceiverInvocationContext context) {
		Throwable error = context.getError();
		return KeyValues.of(LowCardinalityKeyNames.SIGNAL_TYPE.withValue(context.getSignalType().name()),
				LowCardinalityKeyNames.SIGNAL_PHASE.withValue(context.getPhase().name()),
				LowCardinalityKeyNames.SIGNAL_SENDER.withValue(context.getSender().getName()),
				LowCardinalityKeyNames.SIGNAL_RECEIVER.withValue(context.getReceiverId()),
				LowCardinalityKeyNames.OUTCOME.withValue((error != null) ? "ERROR" : "SUCCESS"),
				LowCardinalityKeyNames.EXCEPTION.withValue((error != null) ? error.getClass().getSimpleName() : NONE));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(ReceiverInvocationContext context) {
		Object id = context.getEntityId();
		return KeyValues.of(HighCardinalityKeyNames.SIGNAL_ENTITY_ID.withValue((id != null) ? id.toString() : NONE));
	}

}
