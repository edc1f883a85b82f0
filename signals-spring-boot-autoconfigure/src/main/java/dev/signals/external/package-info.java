/**
 * Signals for changes made by other programs: Debezium's embedded engine reads PostgreSQL's
 * logical decoding stream ({@code pgoutput}) of the tables of entities that have
 * {@linkplain dev.signals.SignalReceiver#external() external receivers}, turns each committed
 * row change into a {@link dev.signals.SignalSnapshot} and hands it to them, leaving out the
 * transactions this application marked as its own.
 */
@NullMarked
package dev.signals.external;

import org.jspecify.annotations.NullMarked;
