package dev.signals.durability;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import dev.signals.SignalSnapshot;
import dev.signals.SignalType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots sent to a real RabbitMQ through a route of {@code signals.externalization}, with
 * the broker up, and down when the transaction commits (reached through a proxy the test
 * switches off, then on again).
 */
@TestPropertySource(properties = { "signals.externalization.routes[0].name=invoices",
		"signals.externalization.routes[0].senders=dev.signals.durability.Invoice",
		"signals.externalization.routes[0].types=POST_SAVE,POST_DELETE",
		"signals.externalization.routes[0].broker=rabbit", "signals.externalization.routes[0].target=" + RabbitExternalizationIntegrationTests.EXCHANGE,
		"spring.rabbitmq.publisher-confirm-type=simple", "signals.durable.max-attempts=2",
		"signals.durable.resubmission-interval=300ms", "spring.rabbitmq.connection-timeout=1s" })
class RabbitExternalizationIntegrationTests extends DurabilityTestSupport {

	static final String EXCHANGE = "signals.it.invoices";

	private static final String QUEUE = "signals.it.invoices.all";

	private static final SwitchableProxy proxy;

	private static final CachingConnectionFactory direct = new CachingConnectionFactory("127.0.0.1", 5672);

	static {
		try {
			proxy = new SwitchableProxy(5672);
			proxy.up();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void rabbit(DynamicPropertyRegistry registry) {
		registry.add("spring.rabbitmq.host", () -> "127.0.0.1");
		registry.add("spring.rabbitmq.port", proxy::port);
	}

	@Autowired
	InvoiceRepository invoices;

	@Autowired
	CustomerRepository customers;

	@Autowired
	JsonMapper json;

	private final RabbitTemplate consumer = new RabbitTemplate(direct);

	@BeforeEach
	void declareAndPurge() throws IOException {
		proxy.up();
		RabbitAdmin admin = new RabbitAdmin(direct);
		TopicExchange exchange = new TopicExchange(EXCHANGE, false, false);
		Queue queue = new Queue(QUEUE, false, false, false);
		admin.declareExchange(exchange);
		admin.declareQueue(queue);
		admin.declareBinding(BindingBuilder.bind(queue).to(exchange).with("#"));
		admin.purgeQueue(QUEUE, false);
	}

	@AfterAll
	static void closeConnections() throws IOException {
		proxy.down();
		direct.destroy();
	}

	@Test
	void aCommittedSaveArrivesAsJsonWithHeaders() {
		Customer customer = this.customers.save(new Customer("Ada"));
		Invoice invoice = this.invoices.save(new Invoice("R-1", new BigDecimal("5.00"), customer));

		Message message = this.consumer.receive(QUEUE, 10_000);

		assertThat(message).isNotNull();
		assertThat(message.getMessageProperties().getReceivedRoutingKey()).isEqualTo("Invoice.POST_SAVE");
		assertThat(message.getMessageProperties().getContentType()).isEqualTo("application/json");
		assertThat((String) message.getMessageProperties().getHeader("signals-type")).isEqualTo("POST_SAVE");
		assertThat((String) message.getMessageProperties().getHeader("signals-sender")).isEqualTo(Invoice.class.getName());
		assertThat((String) message.getMessageProperties().getHeader("signals-entity-id"))
			.isEqualTo(String.valueOf(invoice.getId()));
		SignalSnapshot<?> snapshot = this.json.readValue(new String(message.getBody(), StandardCharsets.UTF_8),
				SignalSnapshot.class);
		assertThat(snapshot.type()).isEqualTo(SignalType.POST_SAVE);
		assertThat(snapshot.entityId()).isEqualTo(invoice.getId());
		assertThat(snapshot.current()).containsEntry("amount", new BigDecimal("5.00"));
		assertThat(message.getMessageProperties().getMessageId()).isEqualTo(snapshot.id().toString());
		assertThat((String) message.getMessageProperties().getHeader("signals-snapshot-id"))
			.isEqualTo(snapshot.id().toString());
		assertThat(status("externalization.invoices")).isEqualTo("COMPLETED");
	}

	@Test
	void aSnapshotCommittedWhileTheBrokerIsDownArrivesOnceItIsBack() throws Exception {
		Customer customer = this.customers.save(new Customer("Ada"));
		this.consumer.receive(QUEUE, 2_000);
		proxy.down();
		Invoice invoice = this.invoices.save(new Invoice("R-2", BigDecimal.ONE, customer));
		long deadline = System.currentTimeMillis() + 10_000;
		while (!"FAILED".equals(status("externalization.invoices")) && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		assertThat(status("externalization.invoices")).isEqualTo("FAILED");
		assertThat(this.consumer.receive(QUEUE, 500)).isNull();

		proxy.up();
		Message message = this.consumer.receive(QUEUE, 15_000);

		assertThat(message).isNotNull();
		assertThat((String) message.getMessageProperties().getHeader("signals-entity-id"))
			.isEqualTo(String.valueOf(invoice.getId()));
		deadline = System.currentTimeMillis() + 5_000;
		while (!"COMPLETED".equals(status("externalization.invoices")) && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		assertThat(status("externalization.invoices")).isEqualTo("COMPLETED");
	}

}
