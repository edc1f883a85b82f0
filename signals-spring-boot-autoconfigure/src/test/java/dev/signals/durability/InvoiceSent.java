package dev.signals.durability;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.signals.Signal;

/**
 * The payload of a custom signal with a durable receiver.
 */
public record InvoiceSent(long invoiceId, String to, BigDecimal amount, LocalDate on) {

	public static final Signal<InvoiceSent> SIGNAL = Signal.of("invoice_sent", InvoiceSent.class);

}
