package dev.signals.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.signals.GotRequestException;
import dev.signals.Phase;
import dev.signals.RequestFinished;
import dev.signals.RequestSignal;
import dev.signals.RequestStarted;
import dev.signals.SignalType;
import dev.signals.dispatch.DeliveryOptions;
import dev.signals.dispatch.ListenerInterest;
import dev.signals.dispatch.PendingWrites;
import dev.signals.dispatch.Receiver;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.dispatch.SignalDispatcher;
import dev.signals.dispatch.SignalSwitches;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static dev.signals.SignalConstructions.counting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

class RequestSignalsFilterTests {

	private final List<RequestSignal> received = new ArrayList<>();

	private final List<Object> published = new ArrayList<>();

	private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/articles/7");

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	private RequestSignalsFilter filter(SignalSwitches switches, SignalType... types) {
		ReceiverRegistry registry = new ReceiverRegistry(switches);
		if (types.length > 0) {
			registry.register(new Receiver("test", "test", EnumSet.of(types[0], types), new Class<?>[0],
					Phase.IMMEDIATE, 0, (signal) -> {
						this.received.add((RequestSignal) signal);
						return null;
					}));
		}
		return new RequestSignalsFilter(registry,
				new SignalDispatcher(this.published::add, PendingWrites.NONE, DeliveryOptions.defaults()));
	}

	private RequestSignalsFilter filter(SignalType... types) {
		return filter(SignalSwitches.ALL_ON, types);
	}

	private RequestSignalsFilter allTypes() {
		return filter(SignalType.REQUEST_STARTED, SignalType.REQUEST_FINISHED, SignalType.GOT_REQUEST_EXCEPTION);
	}

	private static FilterChain answering(int status) {
		return (request, response) -> ((MockHttpServletResponse) response).setStatus(status);
	}

	private static FilterChain failingWith(Exception failure) {
		return (request, response) -> {
			if (failure instanceof ServletException servlet) {
				throw servlet;
			}
			throw (RuntimeException) failure;
		};
	}

	@Test
	void aRequestSendsStartedThenFinishedWithTheStatus() throws Exception {
		allTypes().doFilter(this.request, this.response, answering(201));

		assertThat(this.received).extracting(RequestSignal::type)
			.containsExactly(SignalType.REQUEST_STARTED, SignalType.REQUEST_FINISHED);
		assertThat(this.received).extracting(RequestSignal::method, RequestSignal::uri)
			.containsOnly(tuple("POST", "/articles/7"));
		RequestFinished finished = (RequestFinished) this.received.get(1);
		assertThat(finished.status()).isEqualTo(201);
		assertThat(finished.duration().isNegative()).isFalse();
	}

	@Test
	void anEscapingExceptionIsSentUnwrappedBeforeAFinishedServerErrorAndThenRethrown() {
		IllegalStateException thrown = new IllegalStateException("boom");
		ServletException wrapped = new ServletException("Request processing failed: " + thrown, thrown);

		Throwable escaped = catchThrowable(() -> allTypes().doFilter(this.request, this.response, failingWith(wrapped)));

		assertThat(escaped).isSameAs(wrapped);
		assertThat(this.received).extracting(RequestSignal::type)
			.containsExactly(SignalType.REQUEST_STARTED, SignalType.GOT_REQUEST_EXCEPTION,
					SignalType.REQUEST_FINISHED);
		assertThat(((GotRequestException) this.received.get(1)).exception()).isSameAs(thrown);
		assertThat(((RequestFinished) this.received.get(2)).status()).isEqualTo(500);
	}

	@Test
	void receiversThatFailOnAFailedRequestDoNotHideItsExceptionNorEachOther() throws Exception {
		ReceiverRegistry registry = new ReceiverRegistry(SignalSwitches.ALL_ON);
		for (SignalType type : EnumSet.of(SignalType.GOT_REQUEST_EXCEPTION, SignalType.REQUEST_FINISHED)) {
			registry.register(new Receiver(type.name(), type.name(), Set.of(type), new Class<?>[0], Phase.IMMEDIATE,
					0, (signal) -> {
						throw new IllegalStateException("receiver of " + type + " failed");
					}));
		}
		RequestSignalsFilter filter = new RequestSignalsFilter(registry,
				new SignalDispatcher(this.published::add, PendingWrites.NONE, DeliveryOptions.defaults()));
		IllegalArgumentException thrown = new IllegalArgumentException("the request's own");

		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> filter.doFilter(this.request, this.response, failingWith(thrown)))
			.isSameAs(thrown)
			.satisfies((ex) -> assertThat(ex.getSuppressed()).extracting(Throwable::getMessage)
				.containsExactly("receiver of GOT_REQUEST_EXCEPTION failed", "receiver of REQUEST_FINISHED failed"));
	}

	@Test
	void anAsyncRequestFinishesWhenItsAsyncProcessingCompletes() throws Exception {
		this.request.setAsyncSupported(true);
		allTypes().doFilter(this.request, this.response, (request, response) -> request.startAsync());

		assertThat(this.received).extracting(RequestSignal::type).containsExactly(SignalType.REQUEST_STARTED);
		this.response.setStatus(202);
		((MockAsyncContext) this.request.getAsyncContext()).complete();

		assertThat(this.received).extracting(RequestSignal::type)
			.containsExactly(SignalType.REQUEST_STARTED, SignalType.REQUEST_FINISHED);
		assertThat(((RequestFinished) this.received.get(1)).status()).isEqualTo(202);
	}

	@Test
	void anAsyncRequestWhoseProcessingFailsSendsTheFailureBeforeItsEnd() throws Exception {
		this.request.setAsyncSupported(true);
		allTypes().doFilter(this.request, this.response, (request, response) -> request.startAsync());
		MockAsyncContext async = (MockAsyncContext) this.request.getAsyncContext();
		IllegalStateException failure = new IllegalStateException("async failure");
		for (AsyncListener listener : async.getListeners()) {
			listener.onError(new AsyncEvent(async, this.request, this.response, failure));
		}
		this.response.setStatus(500);
		async.complete();

		assertThat(this.received).extracting(RequestSignal::type)
			.containsExactly(SignalType.REQUEST_STARTED, SignalType.GOT_REQUEST_EXCEPTION,
					SignalType.REQUEST_FINISHED);
		assertThat(((GotRequestException) this.received.get(1)).exception()).isSameAs(failure);
		assertThat(((RequestFinished) this.received.get(2)).status()).isEqualTo(500);
	}

	@Test
	void errorAndAsyncDispatchesOfARequestSendNothingMore() throws Exception {
		RequestSignalsFilter filter = allTypes();
		for (DispatcherType type : EnumSet.of(DispatcherType.ERROR, DispatcherType.ASYNC, DispatcherType.FORWARD)) {
			this.request.setDispatcherType(type);
			filter.doFilter(this.request, this.response, answering(500));
		}

		assertThat(this.received).isEmpty();
	}

	@Test
	void springListenersGetThemWhenTheyAreTheOnlyInterest() throws Exception {
		ReceiverRegistry registry = new ReceiverRegistry(SignalSwitches.ALL_ON);
		registry.registerListenerInterest(new ListenerInterest(EnumSet.of(SignalType.REQUEST_FINISHED), Object.class));
		new RequestSignalsFilter(registry,
				new SignalDispatcher(this.published::add, PendingWrites.NONE, DeliveryOptions.defaults()))
			.doFilter(this.request, this.response, answering(200));

		assertThat(this.published).singleElement().isInstanceOf(RequestFinished.class);
	}

	@Test
	void aSwitchedOffTypeIsNotSentWhileTheOthersAre() throws Exception {
		SignalSwitches startedOff = new SignalSwitches() {

			@Override
			public boolean isEnabled(SignalType type) {
				return type != SignalType.REQUEST_STARTED;
			}

		};
		filter(startedOff, SignalType.REQUEST_STARTED, SignalType.REQUEST_FINISHED).doFilter(this.request,
				this.response, answering(200));

		assertThat(this.received).extracting(RequestSignal::type).containsExactly(SignalType.REQUEST_FINISHED);
	}

	@Test
	void withoutReceiversOrListenersNoSignalIsBuilt() throws Exception {
		try (MockedConstruction<RequestStarted> started = counting(RequestStarted.class);
				MockedConstruction<RequestFinished> finished = counting(RequestFinished.class);
				MockedConstruction<GotRequestException> failed = counting(GotRequestException.class)) {
			RequestSignalsFilter filter = filter();
			filter.doFilter(this.request, this.response, answering(200));
			catchThrowable(() -> filter.doFilter(this.request, this.response,
					failingWith(new IllegalStateException("boom"))));

			assertThat(started.constructed()).isEmpty();
			assertThat(finished.constructed()).isEmpty();
			assertThat(failed.constructed()).isEmpty();
		}
		assertThat(this.published).isEmpty();
	}

	@Test
	void withAReceiverOfOneTypeOnlyThatTypeIsBuilt() throws Exception {
		try (MockedConstruction<RequestStarted> started = counting(RequestStarted.class);
				MockedConstruction<RequestFinished> finished = counting(RequestFinished.class)) {
			filter(SignalType.REQUEST_FINISHED).doFilter(this.request, this.response, answering(200));

			assertThat(started.constructed()).isEmpty();
			assertThat(finished.constructed()).hasSize(1);
		}
	}

}
