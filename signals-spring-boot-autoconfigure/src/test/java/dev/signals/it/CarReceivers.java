package dev.signals.it;

import dev.signals.ModelSignal;
import dev.signals.PostSave;
import dev.signals.PreSave;
import dev.signals.SignalReceiver;
import dev.signals.SignalType;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receivers that show sender matching by subtype and ordering with {@code @Order} (against
 * the alphabetical order of their names). The bean class is package-private and the
 * receivers are proxied by {@code @Transactional}.
 */
@Component
@Transactional
class CarReceivers {

	private final SignalLog log;

	CarReceivers(SignalLog log) {
		this.log = log;
	}

	@SignalReceiver
	public void anyCar(PostSave<Car> signal) {
		this.log.record("car", signal, signal.sender().getSimpleName());
	}

	@SignalReceiver(value = SignalType.POST_SAVE, sender = SportsCar.class)
	public void sportsCarOnly(ModelSignal<?> signal) {
		this.log.record("sports car", signal, signal.sender().getSimpleName());
	}

	@SignalReceiver
	@Order(2)
	public void first(PreSave<Car> signal) {
		this.log.record("order 2", signal, "");
	}

	@SignalReceiver
	@Order(1)
	public void second(PreSave<Car> signal) {
		this.log.record("order 1", signal, "");
	}

}
