package dev.signals.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations of signals.
 *
 * @since 0.1.0
 */
public enum SignalsObservationDocumentation implements ObservationDocumentation {

	/**
	 * One call of a receiver, in any phase, of a model, bulk or custom signal: from just
	 * before the receiver method runs to its return or exception. Its timer (with Spring
	 * Boot's default meter handler) counts and times every receiver by outcome.
	 */
	RECEIVER_INVOCATION {

		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultReceiverInvocationObservationConvention.class;
		}

		@Override
		public String getName() {
			return "signals.receiver.invocations";
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeyNames.values();
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return HighCardinalityKeyNames.values();
		}

	};

	/**
	 * The low-cardinality keys of {@link #RECEIVER_INVOCATION}.
	 */
	public enum LowCardinalityKeyNames implements KeyName {

		/** The signal type, such as {@code POST_SAVE}, {@code BULK_CHANGED} or {@code CUSTOM}. */
		SIGNAL_TYPE {
			@Override
			public String asString() {
				return "signal.type";
			}
		},

		/** The phase the receiver runs in, such as {@code IMMEDIATE} or {@code AFTER_COMMIT}. */
		SIGNAL_PHASE {
			@Override
			public String asString() {
				return "signal.phase";
			}
		},

		/**
		 * The fully qualified name of the entity class, or of the class of the object that
		 * sent a custom signal.
		 */
		SIGNAL_SENDER {
			@Override
			public String asString() {
				return "signal.sender";
			}
		},

		/** The receiver's id. */
		SIGNAL_RECEIVER {
			@Override
			public String asString() {
				return "signal.receiver";
			}
		},

		/** {@code SUCCESS}, or {@code ERROR} when the receiver threw. */
		OUTCOME {
			@Override
			public String asString() {
				return "outcome";
			}
		},

		/** The simple class name of what the receiver threw, {@code none} when it returned. */
		EXCEPTION {
			@Override
			public String asString() {
				return "exception";
			}
		}

	}

	/**
	 * The high-cardinality keys of {@link #RECEIVER_INVOCATION}.
	 */
	public enum HighCardinalityKeyNames implements KeyName {

		/**
		 * The identifier of the entity a model signal is about; {@code none} for other
		 * signals and for entities without one yet (the pre-save of an insert).
		 */
		SIGNAL_ENTITY_ID {
			@Override
			public String asString() {
				return "signal.entity.id";
			}
		}

	}

}
