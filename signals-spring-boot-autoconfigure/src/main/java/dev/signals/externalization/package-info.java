/**
 * Signals that reach other services: routes from {@code signals.externalization.*} send
 * snapshots of the chosen signals as JSON to a RabbitMQ exchange (Spring AMQP) or a Kafka
 * topic (Spring for Apache Kafka), through the durable path, so that a message whose broker
 * is down at commit time is sent once it is back.
 */
@NullMarked
package dev.signals.externalization;

import org.jspecify.annotations.NullMarked;
