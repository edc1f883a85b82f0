package dev.signals.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the blog shows operators over HTTP: the {@code signals} endpoint with every receiver
 * by entity (read-only), the {@code signals} health contributor (and no broker's, without
 * the {@code rabbit} profile), the receiver metrics, and the Receivers page with the same
 * map.
 */
class OperationsIntegrationTests extends BlogTestSupport {

	private static final String ARTICLE = "dev.signals.sample.model.Article";

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void signalsEndpointListsTheReceiversOfEachEntity() {
		BlogApi.Reply reply = api().get("/actuator/signals");
		assertThat(reply.status()).isEqualTo(200);
		JsonNode entities = reply.json().get("entities");
		assertThat(names(entities)).contains(ARTICLE, "dev.signals.sample.model.Author", "dev.signals.sample.model.Tag",
				"dev.signals.sample.model.Notification");
		JsonNode slug = receiver(entities.get(ARTICLE), "article-slug");
		assertThat(slug.get("method").asString()).isEqualTo("dev.signals.sample.signals.ArticleSlugReceiver.fillSlug");
		assertThat(slug.get("signals").get(0).asString()).isEqualTo("PRE_SAVE");
		assertThat(slug.get("senders").get(0).asString()).isEqualTo(ARTICLE);
		assertThat(slug.get("phase").asString()).isEqualTo("IMMEDIATE");
		assertThat(slug.get("enabled").asBoolean()).isTrue();
		assertThat(slug.get("failures").asLong()).isZero();
		JsonNode tagCount = receiver(entities.get(ARTICLE), "tag-article-count-write");
		assertThat(tagCount.get("phase").asString()).isEqualTo("BEFORE_COMMIT");
		assertThat(tagCount.get("fields").get(0).asString()).isEqualTo("tags");
		assertThat(receiver(entities.get(ARTICLE), "activity-log").get("senders")).isEmpty();
		assertThat(receiver(reply.json().get("customSignals").get("dev.signals.sample.signals.ArticlePublished"),
				"follower-notifications")
			.get("phase")
			.asString()).isEqualTo("AFTER_COMMIT");
		assertThat(reply.json().get("disabledSignalTypes").toString()).isEqualTo("[\"PRE_INIT\",\"POST_INIT\"]");

		assertThat(api().get("/actuator/signals/article-slug").json().get("id").asString()).isEqualTo("article-slug");
		assertThat(api().get("/actuator/signals/nobody").status()).isEqualTo(404);
	}

	@Test
	void signalsEndpointIsReadOnly() {
		BlogApi.Reply reply = api().post("/actuator/signals/activity-log", Map.of("enabled", false));
		assertThat(reply.status()).isEqualTo(405);
		assertThat(receiver(api().get("/actuator/signals").json().get("entities").get(ARTICLE), "activity-log")
			.get("enabled")
			.asBoolean()).isTrue();
	}

	@Test
	void healthHasTheSignalsContributor() {
		JsonNode signals = api().get("/actuator/health").json().get("components").get("signals");
		assertThat(signals.get("status").asString()).isEqualTo("UP");
		Set<String> ids = new HashSet<>();
		JsonNode map = api().get("/actuator/signals").json();
		for (String group : List.of("entities", "customSignals")) {
			map.get(group).forEach((receivers) -> receivers.forEach((receiver) -> ids.add(receiver.get("id").asString())));
		}
		assertThat(signals.get("details").get("receivers").asInt()).isEqualTo(ids.size()).isGreaterThanOrEqualTo(15);
		assertThat(signals.get("details").get("switchedOff")).isEmpty();
	}

	@Test
	void healthShowsNoBrokerWithoutTheRabbitProfile() {
		JsonNode health = api().get("/actuator/health").json();
		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.get("components").has("rabbit")).isFalse();
	}

	@Test
	void receiverCallsAreTimedByReceiverAndOutcome() {
		BlogApi api = api();
		api.createAuthor("Measured " + UUID.randomUUID());
		BlogApi.Reply timer = api.get("/actuator/metrics/signals.receiver.invocations?tag=signal.receiver:author-profile");
		assertThat(timer.status()).isEqualTo(200);
		assertThat(timer.json().get("measurements").get(0).get("value").asDouble()).isPositive();
		assertThat(tagValues(timer.json(), "outcome")).contains("SUCCESS");
		BlogApi.Reply sent = api.get("/actuator/metrics/signals.sent?tag=signal.type:POST_SAVE");
		assertThat(sent.status()).isEqualTo(200);
		assertThat(tagValues(sent.json(), "signal.sender")).contains("dev.signals.sample.model.Author");
		assertThat(api.get("/actuator/metrics/signals.transaction.queue.depth").status()).isEqualTo(200);
	}

	@Test
	void receiversPageShowsTheMapAndTheActivityPageLinksToIt() throws Exception {
		HttpResponse<String> page = page("/receivers");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<h1>Receivers</h1>", ">Article<", ">PRE_SAVE<", ">article-slug<",
				">BEFORE_COMMIT<", ">tag-article-count-write<", ">ArticlePublished<", ">follower-notifications<",
				"PRE_INIT, POST_INIT").doesNotContain(">POST_INIT<");
		assertThat(page("/activity").body()).contains("<a id=\"receivers-link\" href=\"/receivers\">Receivers</a>");
	}

	private static JsonNode receiver(JsonNode receivers, String id) {
		for (JsonNode receiver : receivers) {
			if (receiver.get("id").asString().equals(id)) {
				return receiver;
			}
		}
		throw new AssertionError("No receiver " + id + " in " + receivers);
	}

	private static List<String> names(JsonNode object) {
		List<String> names = new ArrayList<>();
		object.propertyNames().forEach(names::add);
		return names;
	}

	private static List<String> tagValues(JsonNode metric, String tag) {
		List<String> values = new ArrayList<>();
		for (JsonNode available : metric.get("availableTags")) {
			if (available.get("tag").asString().equals(tag)) {
				available.get("values").forEach((value) -> values.add(value.asString()));
			}
		}
		return values;
	}

	private HttpResponse<String> page(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
