package dev.signals.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import dev.signals.GotRequestException;
import dev.signals.RequestFinished;
import dev.signals.RequestSignal;
import dev.signals.SignalType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real HTTP requests to the embedded Tomcat: the filter runs once per request (not again for
 * the error page's dispatch), after Spring's request context is bound, and an asynchronous
 * request finishes when its async processing completes.
 */
@SpringBootTest(classes = WebTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RequestReceivers.class)
class RequestSignalsOverHttpIntegrationTests {

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	RequestReceivers receivers;

	@BeforeEach
	void clear() {
		this.receivers.clear();
	}

	private int get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	/**
	 * The container may answer before it has told the filter that the request completed.
	 */
	private List<RequestSignal> signalsOf(String uri, int count) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		while (this.receivers.of(uri).size() < count && System.nanoTime() < deadline) {
			Thread.sleep(10);
		}
		return this.receivers.of(uri);
	}

	@Test
	void receiversFindTheRequestBoundToTheThread() throws Exception {
		assertThat(get("/hello")).isEqualTo(200);

		assertThat(signalsOf("/hello", 2)).extracting(RequestSignal::type)
			.containsExactly(SignalType.REQUEST_STARTED, SignalType.REQUEST_FINISHED);
		assertThat(this.receivers.requestBoundWhenStarted).containsExactly(true);
	}

	@Test
	void aServerErrorIsSignalledOnceAndTheErrorPageSendsNothing() throws Exception {
		assertThat(get("/boom")).isEqualTo(500);

		assertThat(signalsOf("/boom", 3)).extracting(RequestSignal::type)
			.containsExactly(SignalType.REQUEST_STARTED, SignalType.GOT_REQUEST_EXCEPTION,
					SignalType.REQUEST_FINISHED);
		assertThat(((GotRequestException) this.receivers.of("/boom").get(1)).exception())
			.isSameAs(WebTestApplication.BOOM);
		assertThat(((RequestFinished) this.receivers.of("/boom").get(2)).status()).isEqualTo(500);
		assertThat(this.receivers.received).extracting(RequestSignal::uri).containsOnly("/boom");
	}

	@Test
	void anAsynchronousRequestFinishesWhenItsAsyncProcessingCompletes() throws Exception {
		assertThat(get("/later")).isEqualTo(202);

		List<RequestSignal> signals = signalsOf("/later", 2);
		assertThat(signals).extracting(RequestSignal::type)
			.containsExactly(SignalType.REQUEST_STARTED, SignalType.REQUEST_FINISHED);
		assertThat(((RequestFinished) signals.get(1)).status()).isEqualTo(202);
	}

}
