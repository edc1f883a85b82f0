package dev.signals.web;

import java.util.concurrent.Callable;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A web application for the request signals' tests: its controller answers, fails with an
 * exception that nothing handles, fails with one that Spring MVC turns into a 404, and
 * answers asynchronously (with a status that is only set when the async processing ends). Receivers are imported by the tests that want them.
 */
@SpringBootApplication
class WebTestApplication {

	static final IllegalStateException BOOM = new IllegalStateException("boom");

	@RestController
	static class ExampleController {

		@GetMapping("/hello")
		String hello() {
			return "hello";
		}

		@GetMapping("/boom")
		String boom() {
			throw BOOM;
		}

		@GetMapping("/missing")
		String missing() {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "nothing here");
		}

		@GetMapping("/later")
		Callable<ResponseEntity<String>> later() {
			return () -> ResponseEntity.accepted().body("later");
		}

	}

}
