package dev.signals.sample.api;

import java.util.List;

import jakarta.persistence.EntityNotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API answers a write that collided with a concurrent one with a 409 problem detail,
 * as Spring translates the database's failure, a write refused for good with a 500 (never a
 * 409 that says to try again), and leaves other persistence failures a 500.
 */
class ApiExceptionHandlerTests {

	@ParameterizedTest
	@MethodSource("dev.signals.sample.ConcurrentWriteFailures#all")
	void concurrentWriteFailuresAre409ProblemDetails(RuntimeException failure) {
		assertThat(api(failure).post().uri("/write").accept(MediaType.APPLICATION_JSON)).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("conflicts with another one made at the same time");
	}

	@ParameterizedTest
	@MethodSource("dev.signals.sample.ConcurrentWriteFailures#forGood")
	void writesRefusedForGoodAre500ProblemDetailsThatDoNotSayTryAgain(RuntimeException failure) {
		assertThat(api(failure).post().uri("/write").accept(MediaType.APPLICATION_JSON))
			.hasStatus(HttpStatus.INTERNAL_SERVER_ERROR)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.isEqualTo("The server failed to answer this request");
	}

	@Test
	void otherPersistenceFailuresAreNotConflicts() {
		EntityNotFoundException failure = new EntityNotFoundException("gone");
		assertThat(api(failure).post().uri("/write")).hasFailed().failure().cause().isSameAs(failure);
	}

	private static MockMvcTester api(RuntimeException failure) {
		return MockMvcTester.of(List.of(new Writes(failure)),
				(builder) -> builder.setControllerAdvice(new ApiExceptionHandler()).build());
	}

	@RestController
	static class Writes {

		private final RuntimeException failure;

		Writes(RuntimeException failure) {
			this.failure = failure;
		}

		@PostMapping("/write")
		void write() {
			throw this.failure;
		}

	}

}
