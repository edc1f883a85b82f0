package dev.signals.it;

import dev.signals.PreSave;
import dev.signals.SignalReceiver;

import org.springframework.stereotype.Component;

/**
 * Pre-save receivers that derive the length of a versioned and of a dynamically updated
 * entity from its text (and the versioned one's word count, in an embeddable).
 */
@Component
class LengthReceivers {

	@SignalReceiver
	public void revision(PreSave<Revision> signal) {
		signal.instance().setLength(signal.instance().getText().length());
		signal.instance().getStats().setWords(signal.instance().getText().split(" ").length);
	}

	@SignalReceiver
	public void draft(PreSave<Draft> signal) {
		signal.instance().setLength(signal.instance().getText().length());
	}

}
