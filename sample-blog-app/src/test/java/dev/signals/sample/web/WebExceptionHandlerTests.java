package dev.signals.sample.web;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.PostMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages answer a write that collided with a concurrent one with the 409 error page, as
 * Spring translates the database's failure, and a write refused for good with the 500 page.
 */
class WebExceptionHandlerTests {

	@ParameterizedTest
	@MethodSource("dev.signals.sample.ConcurrentWriteFailures#all")
	void concurrentWriteFailuresAre409Pages(RuntimeException failure) {
		assertThat(pages(failure).post().uri("/write")).hasStatus(HttpStatus.CONFLICT)
			.hasViewName("error")
			.model()
			.hasEntrySatisfying("message",
					(message) -> assertThat(message).asString().contains("at the same moment, so nothing was saved"));
	}

	@ParameterizedTest
	@MethodSource("dev.signals.sample.ConcurrentWriteFailures#forGood")
	void writesRefusedForGoodAre500PagesThatDoNotSayTryAgain(RuntimeException failure) {
		assertThat(pages(failure).post().uri("/write")).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
			.hasViewName("error")
			.model()
			.hasEntrySatisfying("message", (message) -> assertThat(message).asString().doesNotContain("try again"));
	}

	private static MockMvcTester pages(RuntimeException failure) {
		return MockMvcTester.of(List.of(new Writes(failure)),
				(builder) -> builder.setControllerAdvice(new WebExceptionHandler()).build());
	}

	@Controller
	static class Writes {

		private final RuntimeException failure;

		Writes(RuntimeException failure) {
			this.failure = failure;
		}

		@PostMapping("/write")
		String write() {
			throw this.failure;
		}

	}

}
