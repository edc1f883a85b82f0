package dev.signals.sample.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.signals.SignalType;
import dev.signals.actuate.SignalsEndpoint;
import dev.signals.actuate.SignalsEndpoint.ReceiverDescriptor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Receivers page: who listens to what, entity by entity and signal by signal, read from
 * the {@code signals} actuator endpoint, as {@code /actuator/signals} shows it.
 */
@Controller
class ReceiverPages {

	private final SignalsEndpoint endpoint;

	ReceiverPages(SignalsEndpoint endpoint) {
		this.endpoint = endpoint;
	}

	@GetMapping("/receivers")
	String receivers(Model model) {
		SignalsEndpoint.SignalsDescriptor signals = this.endpoint.signals();
		List<SignalType> off = signals.disabledSignalTypes();
		model.addAttribute("entities", senders(signals.entities(), off));
		model.addAttribute("customSignals", senders(signals.customSignals(), off));
		model.addAttribute("disabledTypes", signals.disabledSignalTypes());
		return "receivers";
	}

	private static List<Sender> senders(Map<String, List<ReceiverDescriptor>> bySender, List<SignalType> off) {
		List<Sender> senders = new ArrayList<>();
		bySender.forEach((type, receivers) -> senders.add(new Sender(type.substring(type.lastIndexOf('.') + 1), type,
				bySignal(receivers, off))));
		return senders;
	}

	/**
	 * The receivers of each signal type that is switched on, by phase and then in delivery
	 * order.
	 */
	private static List<SignalReceivers> bySignal(List<ReceiverDescriptor> receivers, List<SignalType> off) {
		Map<SignalType, List<ReceiverDescriptor>> bySignal = new LinkedHashMap<>();
		for (SignalType type : SignalType.values()) {
			if (off.contains(type)) {
				continue;
			}
			List<ReceiverDescriptor> ofType = receivers.stream()
				.filter((receiver) -> receiver.signals().contains(type))
				.sorted(Comparator.comparing(ReceiverDescriptor::phase))
				.toList();
			if (!ofType.isEmpty()) {
				bySignal.put(type, ofType);
			}
		}
		return bySignal.entrySet().stream().map((entry) -> new SignalReceivers(entry.getKey(), entry.getValue())).toList();
	}

	/**
	 * An entity, or the payload type of custom signals, with its receivers by signal.
	 *
	 * @param name the simple class name
	 * @param type the class name
	 * @param signals the signal types switched on that have receivers, in the order of
	 * {@link SignalType}
	 */
	record Sender(String name, String type, List<SignalReceivers> signals) {
	}

	/**
	 * The receivers of one signal type.
	 *
	 * @param type the signal type
	 * @param receivers its receivers, by phase, then in delivery order
	 */
	record SignalReceivers(SignalType type, List<ReceiverDescriptor> receivers) {
	}

}
