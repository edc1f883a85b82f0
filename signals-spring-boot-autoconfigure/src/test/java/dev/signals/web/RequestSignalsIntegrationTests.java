package dev.signals.web;

import dev.signals.GotRequestException;
import dev.signals.RequestFinished;
import dev.signals.RequestSignal;
import dev.signals.SignalType;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Requests through Spring MVC (with {@code MockMvc}, which runs the application's filters)
 * send the request signals to {@code @SignalReceiver} methods and {@code @EventListener}s.
 */
@SpringBootTest(classes = WebTestApplication.class)
@AutoConfigureMockMvc
@Import(RequestReceivers.class)
class RequestSignalsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	RequestReceivers receivers;

	@BeforeEach
	void clear() {
		this.receivers.clear();
	}

	@Test
	void aRequestSendsStartedThenFinishedWithItsMethodUriAndStatus() throws Exception {
		this.mvc.perform(get("/hello").queryParam("q", "x")).andExpect(status().isOk());

		assertThat(this.receivers.received).extracting(RequestSignal::type)
			.containsExactly(SignalType.REQUEST_STARTED, SignalType.REQUEST_FINISHED);
		assertThat(this.receivers.received).allSatisfy((signal) -> {
			assertThat(signal.method()).isEqualTo("GET");
			assertThat(signal.uri()).isEqualTo("/hello");
		});
		RequestFinished finished = (RequestFinished) this.receivers.received.get(1);
		assertThat(finished.status()).isEqualTo(200);
		assertThat(finished.duration()).isPositive();
	}

	@Test
	void anExceptionThatNothingHandlesIsSentAsTheHandlerThrewItBeforeAFinishedServerError() {
		assertThatExceptionOfType(ServletException.class).isThrownBy(() -> this.mvc.perform(get("/boom")))
			.withCause(WebTestApplication.BOOM);

		assertThat(this.receivers.received).extracting(RequestSignal::type)
			.containsExactly(SignalType.REQUEST_STARTED, SignalType.GOT_REQUEST_EXCEPTION,
					SignalType.REQUEST_FINISHED);
		assertThat(((GotRequestException) this.receivers.received.get(1)).exception())
			.isSameAs(WebTestApplication.BOOM);
		assertThat(((RequestFinished) this.receivers.received.get(2)).status()).isEqualTo(500);
	}

	@Test
	void anExceptionThatSpringMvcTurnsIntoAResponseIsNoRequestException() throws Exception {
		this.mvc.perform(get("/missing")).andExpect(status().isNotFound());

		assertThat(this.receivers.received).extracting(RequestSignal::type)
			.containsExactly(SignalType.REQUEST_STARTED, SignalType.REQUEST_FINISHED);
		assertThat(((RequestFinished) this.receivers.received.get(1)).status()).isEqualTo(404);
	}

	@Test
	void springEventListenersGetTheSameSignals() throws Exception {
		this.mvc.perform(get("/hello"));
		assertThatExceptionOfType(ServletException.class).isThrownBy(() -> this.mvc.perform(get("/boom")));

		assertThat(this.receivers.heard).containsExactlyElementsOf(this.receivers.received).hasSize(5);
	}

}
