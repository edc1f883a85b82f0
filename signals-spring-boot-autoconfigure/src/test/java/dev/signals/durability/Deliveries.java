package dev.signals.durability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * What the durable receivers got, and the failures the tests make them throw.
 */
@Component
public class Deliveries {

	private final List<Delivered> delivered = new ArrayList<>();

	private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

	synchronized void record(String receiver, Object signal) {
		this.delivered.add(new Delivered(receiver, signal, Thread.currentThread().getName()));
		notifyAll();
	}

	/**
	 * Throw in the receiver if the test asked it to fail.
	 */
	void maybeFail(String receiver) {
		AtomicInteger left = this.failuresLeft.get(receiver);
		if (left != null && left.getAndDecrement() > 0) {
			throw new IllegalStateException(receiver + " refused");
		}
	}

	void failTimes(String receiver, int times) {
		this.failuresLeft.put(receiver, new AtomicInteger(times));
	}

	synchronized List<Delivered> of(String receiver) {
		return this.delivered.stream().filter((delivery) -> delivery.receiver().equals(receiver)).toList();
	}

	synchronized List<Delivered> awaitOf(String receiver, int count, long millis) throws InterruptedException {
		long deadline = System.currentTimeMillis() + millis;
		while (of(receiver).size() < count && System.currentTimeMillis() < deadline) {
			wait(Math.max(1, deadline - System.currentTimeMillis()));
		}
		return of(receiver);
	}

	synchronized void clear() {
		this.delivered.clear();
		this.failuresLeft.clear();
	}

	record Delivered(String receiver, Object signal, String thread) {
	}

}
