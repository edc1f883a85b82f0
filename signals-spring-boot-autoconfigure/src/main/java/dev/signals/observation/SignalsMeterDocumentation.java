package dev.signals.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.docs.MeterDocumentation;

/**
 * The meters of signals, besides the timer of
 * {@link SignalsObservationDocumentation#RECEIVER_INVOCATION}.
 *
 * @since 0.1.0
 */
public enum SignalsMeterDocumentation implements MeterDocumentation {

	/**
	 * Signals sent to at least one receiver or listener (a signal nobody receives is never
	 * built, and not counted), by type and sender.
	 */
	SIGNALS_SENT {

		@Override
		public String getName() {
			return "signals.sent";
		}

		@Override
		public Meter.Type getType() {
			return Meter.Type.COUNTER;
		}

		@Override
		public KeyName[] getKeyNames() {
			return new KeyName[] { SignalsObservationDocumentation.LowCardinalityKeyNames.SIGNAL_TYPE,
					SignalsObservationDocumentation.LowCardinalityKeyNames.SIGNAL_SENDER };
		}

	},

	/**
	 * How many deliveries a transaction queued for its before-commit and after-completion
	 * receivers (after-commit ones included), recorded when it completes: the length of the
	 * in-memory queue each transaction holds until then.
	 */
	TRANSACTION_QUEUE_DEPTH {

		@Override
		public String getName() {
			return "signals.transaction.queue.depth";
		}

		@Override
		public Meter.Type getType() {
			return Meter.Type.DISTRIBUTION_SUMMARY;
		}

		@Override
		public String getBaseUnit() {
			return "deliveries";
		}

	}

}
