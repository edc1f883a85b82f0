package dev.signals.durability;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.signals.SignalSnapshot;
import dev.signals.SignalType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots sent to Kafka (an embedded KRaft broker of {@code spring-kafka-test}) through a
 * route of {@code signals.externalization}.
 */
@TestPropertySource(properties = { "signals.externalization.routes[0].name=invoice-log",
		"signals.externalization.routes[0].senders=dev.signals.durability.Invoice",
		"signals.externalization.routes[0].types=POST_SAVE,M2M_CHANGED",
		"signals.externalization.routes[0].broker=kafka",
		"signals.externalization.routes[0].target=" + KafkaExternalizationIntegrationTests.TOPIC,
		"signals.externalization.routes[0].routing-key=entityId" })
class KafkaExternalizationIntegrationTests extends DurabilityTestSupport {

	static final String TOPIC = "signals-it-invoices";

	private static final EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1, TOPIC);

	static {
		broker.afterPropertiesSet();
	}

	@DynamicPropertySource
	static void kafka(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", broker::getBrokersAsString);
	}

	@AfterAll
	static void stopBroker() {
		broker.destroy();
	}

	@Autowired
	InvoiceRepository invoices;

	@Autowired
	CustomerRepository customers;

	@Autowired
	JsonMapper json;

	@Test
	void aCommittedSaveIsARecordKeyedByTheRoutingKey() {
		Customer customer = this.customers.save(new Customer("Ada"));
		Invoice invoice = this.invoices.save(new Invoice("K-1", new BigDecimal("7.25"), customer));

		Map<String, Object> properties = KafkaTestUtils.consumerProps(broker, "signals-it", false);
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(TOPIC));
			ConsumerRecord<String, String> record = KafkaTestUtils.getSingleRecord(consumer, TOPIC, Duration.ofSeconds(20));

			assertThat(record.key()).isEqualTo(String.valueOf(invoice.getId()));
			assertThat(new String(record.headers().lastHeader("signals-type").value(), StandardCharsets.UTF_8))
				.isEqualTo("POST_SAVE");
			SignalSnapshot<?> snapshot = this.json.readValue(record.value(), SignalSnapshot.class);
			assertThat(snapshot.type()).isEqualTo(SignalType.POST_SAVE);
			assertThat(snapshot.entityId()).isEqualTo(invoice.getId());
			assertThat(snapshot.current()).containsEntry("amount", new BigDecimal("7.25"));
			assertThat(new String(record.headers().lastHeader("signals-snapshot-id").value(), StandardCharsets.UTF_8))
				.isEqualTo(snapshot.id().toString());
		}
		assertThat(status("externalization.invoice-log")).isEqualTo("COMPLETED");
	}

}
