package dev.signals.externalization;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.signals.externalization.ExternalizationProperties.Broker;
import org.apache.kafka.clients.producer.ProducerRecord;

import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Sends to Kafka with Spring for Apache Kafka's {@code KafkaTemplate} (string key and value,
 * as Boot's default serializers write them), and waits for the broker's acknowledgement.
 */
final class KafkaTransport implements BrokerTransport {

	private static final long ACK_TIMEOUT_SECONDS = 30;

	private final KafkaTemplate<Object, Object> template;

	@SuppressWarnings("unchecked")
	KafkaTransport(KafkaTemplate<?, ?> template) {
		this.template = (KafkaTemplate<Object, Object>) template;
	}

	@Override
	public Broker broker() {
		return Broker.KAFKA;
	}

	@Override
	public void send(String target, String key, ExternalMessage message) {
		ProducerRecord<Object, Object> record = new ProducerRecord<>(target, key, message.json());
		message.headers().forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
		try {
			this.template.send(record).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new KafkaException("Interrupted while sending snapshot " + message.id() + " to " + target, ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new KafkaException("Could not send snapshot " + message.id() + " to Kafka topic " + target, ex);
		}
	}

}
