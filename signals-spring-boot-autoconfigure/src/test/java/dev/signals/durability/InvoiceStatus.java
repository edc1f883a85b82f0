package dev.signals.durability;

public enum InvoiceStatus {

	DRAFT, SENT {
		@Override
		public String toString() {
			return "sent";
		}
	},
	PAID

}
