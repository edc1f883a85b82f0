package dev.signals.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.signals.GotRequestException;
import dev.signals.RequestFinished;
import dev.signals.RequestSignal;
import dev.signals.RequestStarted;
import dev.signals.SignalReceiver;

import org.springframework.context.event.EventListener;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Records the request signals it receives: one {@code @SignalReceiver} per type, and a Spring
 * {@code @EventListener} of all three.
 */
class RequestReceivers {

	final List<RequestSignal> received = new CopyOnWriteArrayList<>();

	final List<RequestSignal> heard = new CopyOnWriteArrayList<>();

	final List<Boolean> requestBoundWhenStarted = new CopyOnWriteArrayList<>();

	@SignalReceiver
	public void started(RequestStarted signal) {
		this.requestBoundWhenStarted.add(RequestContextHolder.getRequestAttributes() != null);
		this.received.add(signal);
	}

	@SignalReceiver
	public void failed(GotRequestException signal) {
		this.received.add(signal);
	}

	@SignalReceiver
	public void finished(RequestFinished signal) {
		this.received.add(signal);
	}

	@EventListener
	void heard(RequestSignal signal) {
		this.heard.add(signal);
	}

	List<RequestSignal> of(String uri) {
		return this.received.stream().filter((signal) -> signal.uri().equals(uri)).toList();
	}

	void clear() {
		this.received.clear();
		this.heard.clear();
		this.requestBoundWhenStarted.clear();
	}

}
