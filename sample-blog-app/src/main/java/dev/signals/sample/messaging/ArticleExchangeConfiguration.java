package dev.signals.sample.messaging;

import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.ExchangeBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.QueueBuilder;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * With the {@code rabbit} profile, declares where the articles' snapshots go: the topic
 * exchange {@code blog.rabbit.exchange} that the route {@code articles} of
 * {@code application-rabbit.yml} sends them to, and the queue {@code blog.rabbit.queue}, bound
 * to it with {@code #}, where they wait to be looked at. Spring AMQP declares them when it
 * first connects, before the first snapshot is sent; the queue keeps the newest 1,000.
 */
@Configuration(proxyBeanMethods = false)
@Profile("rabbit")
class ArticleExchangeConfiguration {

	private static final int QUEUE_LENGTH = 1000;

	@Bean
	Declarables articleExchangeAndQueue(@Value("${blog.rabbit.exchange}") String exchangeName,
			@Value("${blog.rabbit.queue}") String queueName) {
		TopicExchange exchange = ExchangeBuilder.topicExchange(exchangeName).durable(true).build();
		Queue queue = QueueBuilder.durable(queueName).maxLength(QUEUE_LENGTH).build();
		return new Declarables(exchange, queue, BindingBuilder.bind(queue).to(exchange).with("#"));
	}

}
