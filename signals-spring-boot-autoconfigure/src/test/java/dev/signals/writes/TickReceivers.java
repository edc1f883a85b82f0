package dev.signals.writes;

import dev.signals.PostSave;
import dev.signals.SignalReceiver;

import org.springframework.stereotype.Component;

/**
 * A post-save receiver of {@link Tick} that runs what the test sets, once the flush that
 * inserted the tick has ended: a change made in place to an entity the test loaded.
 */
@Component
public class TickReceivers {

	volatile Runnable onTick = () -> {
	};

	@SignalReceiver
	public void ticked(PostSave<Tick> signal) {
		this.onTick.run();
	}

}
