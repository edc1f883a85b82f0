package dev.signals.externalization;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.signals.SignalType;

/**
 * Routes that send signals to message brokers ({@code signals.externalization.*}, bound as
 * part of the {@code signals.*} properties).
 *
 * @since 0.2.0
 */
public class ExternalizationProperties {

	/**
	 * The routes, each a durable receiver named {@code externalization.<name>}.
	 */
	private List<Route> routes = new ArrayList<>();

	/**
	 * The routes.
	 * @return the routes
	 */
	public List<Route> getRoutes() {
		return this.routes;
	}

	/**
	 * Set the routes.
	 * @param routes the routes
	 */
	public void setRoutes(List<Route> routes) {
		this.routes = routes;
	}

	/**
	 * The broker a route sends to.
	 */
	public enum Broker {

		/** RabbitMQ, through Spring AMQP's {@code RabbitTemplate}: the target is an exchange. */
		RABBIT,

		/** Kafka, through Spring for Apache Kafka's {@code KafkaTemplate}: the target is a topic. */
		KAFKA

	}

	/**
	 * One route: which signals, to which broker and destination, with which routing key.
	 */
	public static class Route {

		/**
		 * The route's name: its durable receiver is {@code externalization.<name>}, which
		 * {@code signals.receivers} can switch off.
		 */
		private String name = "";

		/**
		 * The entity classes whose signals go out (with their subclasses); empty for every
		 * entity.
		 */
		private List<Class<?>> senders = new ArrayList<>();

		/**
		 * The signal types that go out.
		 */
		private Set<SignalType> types = EnumSet.of(SignalType.POST_SAVE, SignalType.POST_DELETE);

		/**
		 * The broker.
		 */
		private Broker broker = Broker.RABBIT;

		/**
		 * The RabbitMQ exchange ("" for the default exchange) or the Kafka topic.
		 */
		private String target = "";

		/**
		 * A SpEL expression on the snapshot giving the RabbitMQ routing key or the Kafka
		 * record key, such as {@code "sender.simpleName + '.' + type"}.
		 */
		private String routingKey = "sender.simpleName + '.' + type";

		/**
		 * The route's name.
		 * @return the name
		 */
		public String getName() {
			return this.name;
		}

		/**
		 * Set the route's name.
		 * @param name the name
		 */
		public void setName(String name) {
			this.name = name;
		}

		/**
		 * The entity classes whose signals go out.
		 * @return the classes, empty for every entity
		 */
		public List<Class<?>> getSenders() {
			return this.senders;
		}

		/**
		 * Set the entity classes whose signals go out.
		 * @param senders the classes
		 */
		public void setSenders(List<Class<?>> senders) {
			this.senders = senders;
		}

		/**
		 * The signal types that go out.
		 * @return the types
		 */
		public Set<SignalType> getTypes() {
			return this.types;
		}

		/**
		 * Set the signal types that go out.
		 * @param types the types
		 */
		public void setTypes(Set<SignalType> types) {
			this.types = types;
		}

		/**
		 * The broker.
		 * @return the broker
		 */
		public Broker getBroker() {
			return this.broker;
		}

		/**
		 * Set the broker.
		 * @param broker the broker
		 */
		public void setBroker(Broker broker) {
			this.broker = broker;
		}

		/**
		 * The exchange or topic.
		 * @return the target
		 */
		public String getTarget() {
			return this.target;
		}

		/**
		 * Set the exchange or topic.
		 * @param target the target
		 */
		public void setTarget(String target) {
			this.target = target;
		}

		/**
		 * The routing key expression.
		 * @return the SpEL expression
		 */
		public String getRoutingKey() {
			return this.routingKey;
		}

		/**
		 * Set the routing key expression.
		 * @param routingKey the SpEL expression
		 */
		public void setRoutingKey(String routingKey) {
			this.routingKey = routingKey;
		}

	}

}
