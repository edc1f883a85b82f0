package dev.signals.externalization;

import dev.signals.autoconfigure.SignalsAutoConfiguration;
import dev.signals.autoconfigure.SignalsProperties;
import dev.signals.dispatch.DurableDelivery;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.durable.DurableSignalsAutoConfiguration;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Auto-configuration of the routes that send signals to RabbitMQ and Kafka
 * ({@code signals.externalization.routes}).
 *
 * @since 0.2.0
 */
@AutoConfiguration(after = { SignalsAutoConfiguration.class, DurableSignalsAutoConfiguration.class },
		afterName = { "org.springframework.boot.amqp.autoconfigure.RabbitAutoConfiguration",
				"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
				"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration" })
@ConditionalOnClass(JsonMapper.class)
@ConditionalOnBean(ReceiverRegistry.class)
public final class ExternalizationAutoConfiguration {

	@Bean
	ExternalizationRoutes signalsExternalizationRoutes(SignalsProperties properties, ReceiverRegistry registry,
			ObjectProvider<BrokerTransport> transports, ObjectProvider<DurableDelivery> durableDelivery,
			ObjectProvider<JsonMapper> mapper) {
		return new ExternalizationRoutes(properties.getExternalization().getRoutes(), registry,
				transports.orderedStream().toList(), durableDelivery.getIfAvailable() != null,
				mapper.getIfAvailable(JsonMapper::new));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(RabbitTemplate.class)
	static class RabbitTransportConfiguration {

		@Bean
		@ConditionalOnBean(RabbitTemplate.class)
		BrokerTransport signalsRabbitTransport(RabbitTemplate template) {
			return new RabbitTransport(template);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(KafkaTemplate.class)
	static class KafkaTransportConfiguration {

		@Bean
		@ConditionalOnBean(KafkaTemplate.class)
		BrokerTransport signalsKafkaTransport(KafkaTemplate<?, ?> template) {
			return new KafkaTransport(template);
		}

	}

}
