package dev.signals.externalization;

import java.nio.charset.StandardCharsets;

import dev.signals.externalization.ExternalizationProperties.Broker;

import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Sends to RabbitMQ with Spring AMQP's {@code RabbitTemplate}: a persistent JSON message,
 * and, when the connection factory has simple publisher confirms
 * ({@code spring.rabbitmq.publisher-confirm-type=simple}), waits for the broker's confirm.
 */
final class RabbitTransport implements BrokerTransport {

	private static final long CONFIRM_TIMEOUT_MILLIS = 10_000;

	private final RabbitTemplate template;

	RabbitTransport(RabbitTemplate template) {
		this.template = template;
	}

	@Override
	public Broker broker() {
		return Broker.RABBIT;
	}

	@Override
	public void send(String target, String key, ExternalMessage message) {
		MessageProperties properties = new MessageProperties();
		properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
		properties.setContentEncoding(StandardCharsets.UTF_8.name());
		properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
		properties.setMessageId(message.id());
		message.headers().forEach(properties::setHeader);
		Message amqp = new Message(message.json().getBytes(StandardCharsets.UTF_8), properties);
		if (this.template.getConnectionFactory().isSimplePublisherConfirms()) {
			this.template.invoke((operations) -> {
				operations.send(target, key, amqp);
				operations.waitForConfirmsOrDie(CONFIRM_TIMEOUT_MILLIS);
				return null;
			});
		}
		else {
			this.template.send(target, key, amqp);
		}
	}

}
