/**
 * Micrometer for signals: an {@code Observation} around every receiver call
 * ({@link dev.signals.observation.SignalsObservationDocumentation}), with a convention
 * users can replace, and meters of the signals sent and of the deliveries each transaction
 * queues ({@link dev.signals.observation.SignalsMeterDocumentation}). Configured when
 * Micrometer and its registries are there.
 */
@NullMarked
package dev.signals.observation;

import org.jspecify.annotations.NullMarked;
