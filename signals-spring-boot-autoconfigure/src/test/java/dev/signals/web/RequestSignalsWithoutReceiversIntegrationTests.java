package dev.signals.web;

import dev.signals.GotRequestException;
import dev.signals.RequestFinished;
import dev.signals.RequestStarted;
import org.junit.jupiter.api.Test;
import org.mockito.MockedConstruction;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static dev.signals.SignalConstructions.counting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An application without request receivers or listeners builds no request signal, for
 * requests that succeed and for those that fail.
 */
@SpringBootTest(classes = WebTestApplication.class)
@AutoConfigureMockMvc
class RequestSignalsWithoutReceiversIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void noRequestSignalIsBuilt() throws Exception {
		try (MockedConstruction<RequestStarted> started = counting(RequestStarted.class);
				MockedConstruction<RequestFinished> finished = counting(RequestFinished.class);
				MockedConstruction<GotRequestException> failed = counting(GotRequestException.class)) {
			this.mvc.perform(get("/hello")).andExpect(status().isOk());
			this.mvc.perform(get("/missing")).andExpect(status().isNotFound());
			assertThat(catchThrowable(() -> this.mvc.perform(get("/boom")))).hasCause(WebTestApplication.BOOM);

			assertThat(started.constructed()).isEmpty();
			assertThat(finished.constructed()).isEmpty();
			assertThat(failed.constructed()).isEmpty();
		}
	}

}
