package dev.signals.durability;

import java.util.ArrayList;
import java.util.List;

import dev.signals.ModelSignal;
import dev.signals.Phase;
import dev.signals.SignalEvent;
import dev.signals.SignalReceiver;
import dev.signals.SignalSnapshot;
import dev.signals.SignalType;

import org.springframework.stereotype.Component;

@Component
public class InvoiceReceivers {

	private final Deliveries deliveries;

	private final List<ModelSignal<?>> sent = new ArrayList<>();

	InvoiceReceivers(Deliveries deliveries) {
		this.deliveries = deliveries;
	}

	@SignalReceiver(value = SignalType.POST_SAVE, phase = Phase.AFTER_COMMIT, durable = true, id = "index")
	public void index(SignalSnapshot<Invoice> snapshot) {
		this.deliveries.maybeFail("index");
		this.deliveries.record("index", snapshot);
	}

	@SignalReceiver(value = { SignalType.POST_SAVE, SignalType.POST_DELETE, SignalType.M2M_CHANGED },
			phase = Phase.AFTER_COMMIT, durable = true, id = "audit")
	public void audit(SignalSnapshot<Invoice> snapshot) {
		this.deliveries.maybeFail("audit");
		this.deliveries.record("audit", snapshot);
	}

	@SignalReceiver(phase = Phase.AFTER_COMMIT, durable = true, id = "mail")
	public void mail(SignalEvent<InvoiceSent> signal) {
		this.deliveries.maybeFail("mail");
		this.deliveries.record("mail", signal);
	}

	/** Every model signal as sent, to compare snapshots with. */
	@SignalReceiver(id = "sent")
	public synchronized void sent(ModelSignal<?> signal) {
		this.sent.add(signal);
	}

	synchronized List<ModelSignal<?>> sent() {
		return List.copyOf(this.sent);
	}

	synchronized void clearSent() {
		this.sent.clear();
	}

}
