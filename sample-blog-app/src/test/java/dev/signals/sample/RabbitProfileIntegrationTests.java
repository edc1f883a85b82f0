package dev.signals.sample;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import dev.signals.sample.model.Article;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The blog with the {@code rabbit} profile, on PostgreSQL and the RabbitMQ server at
 * 127.0.0.1:5672 (guest/guest): an article's save and deletion arrive in the queue bound to
 * the articles' exchange as JSON snapshots with the signals' headers, and the health shows the
 * broker. It runs in a schema, an exchange and a queue of its own, named after
 * {@code blog.test-schema} with {@code _rabbit} appended, so that builds sharing the servers
 * see none of each other's messages; the exchange and the queue are deleted at the end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "blog-it", "rabbit" })
@Import(OwnTestSchema.class)
class RabbitProfileIntegrationTests {

	private static final long WAIT_MILLIS = 10_000;

	@DynamicPropertySource
	static void ownSchemaExchangeAndQueue(DynamicPropertyRegistry registry) {
		String schema = System.getProperty("blog.test-schema", "blog_it") + "_rabbit";
		registry.add("blog.test-schema", () -> schema);
		registry.add("blog.rabbit.exchange", () -> "blog.articles." + schema);
		registry.add("blog.rabbit.queue", () -> "blog.articles." + schema + ".all");
	}

	@LocalServerPort
	int port;

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	AmqpAdmin admin;

	@Autowired
	JsonMapper json;

	@Value("${blog.rabbit.queue}")
	String queue;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void emptyTheQueue() {
		this.admin.purgeQueue(this.queue, false);
	}

	@Test
	void anArticlesSaveAndDeletionArriveAsJsonSnapshots() {
		BlogApi api = new BlogApi("http://localhost:" + this.port);
		long author = api.createAuthor("Broadcaster " + this.run);
		long id = api.createArticle(author, "On the wire " + this.run, "Sent to RabbitMQ", List.of())
			.json()
			.get("id")
			.asLong();

		Message saved = receive(id, "POST_SAVE");
		assertThat(saved.getMessageProperties().getReceivedRoutingKey()).isEqualTo("Article.POST_SAVE");
		assertThat(saved.getMessageProperties().getContentType()).isEqualTo(MessageProperties.CONTENT_TYPE_JSON);
		JsonNode snapshot = body(saved);
		assertThat(snapshot.get("id").asString()).isEqualTo(header(saved, "signals-snapshot-id"))
			.isEqualTo(saved.getMessageProperties().getMessageId());
		assertThat(snapshot.get("type").asString()).isEqualTo("POST_SAVE");
		assertThat(snapshot.get("sender").asString()).isEqualTo(Article.class.getName());
		assertThat(snapshot.get("entityId").asLong()).isEqualTo(id);
		assertThat(snapshot.get("created").asBoolean()).isTrue();
		assertThat(snapshot.get("current").get("title").asString()).isEqualTo("On the wire " + this.run);
		assertThat(snapshot.get("current").get("slug").asString()).isEqualTo("on-the-wire-" + this.run);
		assertThat(snapshot.get("current").get("author").asLong()).isEqualTo(author);

		assertThat(api.delete("/api/articles/" + id).status()).isEqualTo(204);
		Message deleted = receive(id, "POST_DELETE");
		assertThat(deleted.getMessageProperties().getReceivedRoutingKey()).isEqualTo("Article.POST_DELETE");
		assertThat(body(deleted).get("entityId").asLong()).isEqualTo(id);
		assertThat(header(deleted, "signals-snapshot-id")).isNotEqualTo(header(saved, "signals-snapshot-id"));
	}

	@Test
	void healthShowsTheBroker() {
		BlogApi api = new BlogApi("http://localhost:" + this.port);
		assertThat(api.get("/actuator/health").json().get("components").get("rabbit").get("status").asString())
			.isEqualTo("UP");
	}

	/**
	 * The next message of a type about an article, skipping others (about the seed's articles,
	 * or of other types).
	 */
	private Message receive(long articleId, String type) {
		long deadline = System.currentTimeMillis() + WAIT_MILLIS;
		while (System.currentTimeMillis() < deadline) {
			Message message = this.rabbit.receive(this.queue, Math.max(1, deadline - System.currentTimeMillis()));
			if (message != null && type.equals(header(message, "signals-type"))
					&& String.valueOf(articleId).equals(header(message, "signals-entity-id"))) {
				return message;
			}
		}
		throw new AssertionError("No " + type + " of article " + articleId + " arrived in " + this.queue + " within "
				+ WAIT_MILLIS + " ms");
	}

	private static @Nullable String header(Message message, String name) {
		return message.getMessageProperties().getHeader(name);
	}

	private JsonNode body(Message message) {
		return this.json.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
	}

	/**
	 * Deletes the test's exchange and queue when the blog stops, before its connection is
	 * closed.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class OwnExchangeAndQueue {

		@Bean
		DisposableBean deleteExchangeAndQueueAtEnd(AmqpAdmin admin, @Value("${blog.rabbit.exchange}") String exchange,
				@Value("${blog.rabbit.queue}") String queue) {
			return () -> {
				admin.deleteQueue(queue);
				admin.deleteExchange(exchange);
			};
		}

	}

}
