package dev.signals.it;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.signals.ModelSignal;
import dev.signals.Signal;
import dev.signals.SignalConnection;
import dev.signals.SignalResponse;
import dev.signals.SignalType;
import dev.signals.Signals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectIntegrationTests extends PostgresTestSupport {

	@Autowired
	Signals signals;

	@Autowired
	CarRepository cars;

	private final List<String> calls = new CopyOnWriteArrayList<>();

	@AfterEach
	void disconnectAll() {
		for (String id : List.of("first", "second", "self", "count", "ping")) {
			this.signals.disconnect(id);
		}
		for (int i = 0; i < 4; i++) {
			this.signals.disconnect("thread-" + i);
		}
	}

	@Test
	void aConnectedReceiverReceivesUntilDisconnected() {
		assertThat(this.signals.hasListeners(SignalType.POST_DELETE, Car.class)).isFalse();
		SignalConnection connection = this.signals.connect(SignalType.POST_DELETE, Car.class,
				(signal) -> this.calls.add("first " + signal.type()), "first");
		assertThat(this.signals.hasListeners(SignalType.POST_DELETE, Car.class)).isTrue();
		assertThat(this.signals.hasListeners(SignalType.POST_DELETE, SportsCar.class)).isTrue();
		assertThat(this.signals.hasListeners(SignalType.POST_DELETE, Tag.class)).isFalse();

		this.cars.delete(this.cars.save(new Car("one")));
		assertThat(connection.disconnect()).isTrue();
		assertThat(connection.disconnect()).isFalse();
		this.cars.delete(this.cars.save(new Car("two")));

		assertThat(this.calls).containsExactly("first POST_DELETE");
		assertThat(this.signals.hasListeners(SignalType.POST_DELETE, Car.class)).isFalse();
	}

	@Test
	void aSignalHasListenersExactlyWhenSendingItReachesSomeone() {
		Signal<Ping> ping = Signal.of("ping", Ping.class);
		Signal<Ping> pong = Signal.of("pong", Ping.class);
		assertThat(this.signals.hasListeners(ping)).isFalse();

		this.signals.connect(ping, null, (event) -> "answered " + event.payload().text(), "ping");

		assertThat(this.signals.hasListeners(ping)).isTrue();
		assertThat(this.signals.send(ping, this, new Ping("ping"))).extracting(SignalResponse::value)
			.containsExactly("answered ping");
		assertThat(this.signals.hasListeners(pong)).isFalse();
		assertThat(this.signals.send(pong, this, new Ping("pong"))).isEmpty();
	}

	@Test
	void anotherSignalOfAPayloadTypeWithAnnotatedReceiversHasTheirListeners() {
		Signal<ArticlePublished> republished = Signal.of("article-republished", ArticlePublished.class);

		assertThat(this.signals.hasListeners(republished)).isTrue();
		assertThat(this.signals.send(republished, this, new ArticlePublished(9L, "Nine")))
			.extracting(SignalResponse::receiverId)
			.contains("notify", "index");
	}

	@Test
	void connectingTwiceWithTheSameIdKeepsTheFirstReceiver() {
		SignalConnection first = this.signals.connect(SignalType.POST_DELETE, Car.class,
				(signal) -> this.calls.add("first"), "first");
		SignalConnection again = this.signals.connect(SignalType.POST_DELETE, Car.class,
				(signal) -> this.calls.add("again"), "first");

		this.cars.delete(this.cars.save(new Car("one")));

		assertThat(this.calls).containsExactly("first");
		assertThat(again.id()).isEqualTo(first.id());
		assertThat(this.signals.disconnect("first")).isTrue();
		assertThat(this.signals.disconnect("first")).isFalse();
	}

	@Test
	@DirtiesContext
	void disconnectByIdWorksForAnnotatedReceiversToo() {
		assertThat(this.signals.disconnect("CarReceivers.anyCar")).isTrue();
		assertThat(this.signals.disconnect("nonexistent")).isFalse();

		this.cars.save(new Car("unheard"));

		assertThat(this.log.labels()).doesNotContain("car");
	}

	@Test
	void aReceiverMayDisconnectItselfWhileItRuns() {
		this.signals.connect(SignalType.POST_DELETE, Car.class, (signal) -> {
			this.calls.add("self");
			this.signals.disconnect("self");
		}, "self");
		this.signals.connect(SignalType.POST_DELETE, Car.class, (signal) -> this.calls.add("second"), "second");

		this.cars.delete(this.cars.save(new Car("one")));
		this.cars.delete(this.cars.save(new Car("two")));

		assertThat(this.calls).containsExactly("self", "second", "second");
	}

	@Test
	void connectDisconnectAndSendAreSafeFromSeveralThreads() throws Exception {
		AtomicInteger received = new AtomicInteger();
		this.signals.connect(SignalType.POST_DELETE, Car.class, (ModelSignal<Car> signal) -> received.incrementAndGet(),
				"count");
		ExecutorService threads = Executors.newFixedThreadPool(4);
		List<Future<?>> work = new ArrayList<>();
		for (int t = 0; t < 4; t++) {
			String id = "thread-" + t;
			work.add(threads.submit(() -> {
				for (int i = 0; i < 25; i++) {
					this.signals.connect(SignalType.POST_DELETE, Car.class, (signal) -> {
					}, id);
					this.cars.delete(this.cars.save(new Car(id + " " + i)));
					this.signals.disconnect(id);
				}
			}));
		}
		for (Future<?> future : work) {
			future.get(60, TimeUnit.SECONDS);
		}
		threads.shutdown();

		assertThat(received).hasValue(100);
		assertThat(this.signals.disconnect("thread-0")).isFalse();
		assertThat(count("car")).isZero();
	}

	record Ping(String text) {
	}

}
