package dev.signals.ops;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.signals.Phase;
import dev.signals.PostSave;
import dev.signals.PreSave;
import dev.signals.SignalReceiver;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Receivers of shipments in three phases, one of which fails on a shipment labelled
 * {@code fail}.
 */
@Component
public class ShipmentReceivers {

	@SignalReceiver(id = "shipment-label", field = "label")
	@Order(1)
	public void label(PreSave<Shipment> signal) {
		signal.instance().setLabel(signal.instance().getLabel().trim());
	}

	final List<String> tracked = new CopyOnWriteArrayList<>();

	@SignalReceiver(id = "shipment-tracking")
	public void track(PostSave<Shipment> signal) {
		this.tracked.add(signal.instance().getLabel());
	}

	@SignalReceiver(id = "shipment-mail", phase = Phase.AFTER_COMMIT, condition = "created")
	public void mail(PostSave<Shipment> signal) {
	}

	@SignalReceiver(id = "shipment-invoice", phase = Phase.AFTER_COMMIT)
	public void invoice(PostSave<Shipment> signal) {
		if (signal.instance().getLabel().equals("fail")) {
			throw new IllegalStateException("no invoice for " + signal.instance().getLabel());
		}
	}

}
