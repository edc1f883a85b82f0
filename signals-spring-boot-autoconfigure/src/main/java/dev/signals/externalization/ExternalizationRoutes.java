package dev.signals.externalization;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.signals.Phase;
import dev.signals.SignalSnapshot;
import dev.signals.SignalType;
import dev.signals.SignalsConfigurationException;

import dev.signals.dispatch.Receiver;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.externalization.ExternalizationProperties.Broker;
import dev.signals.externalization.ExternalizationProperties.Route;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.Ordered;
import org.springframework.expression.Expression;
import org.springframework.expression.ParseException;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

/**
 * Registers one durable receiver per route of {@code signals.externalization.routes}: it
 * turns the snapshot into a message and sends it to the route's broker. A route that cannot
 * work fails startup, naming it.
 */
final class ExternalizationRoutes implements InitializingBean {

	private static final Set<SignalType> EXTERNALIZABLE = EnumSet.of(SignalType.PRE_SAVE, SignalType.POST_SAVE,
			SignalType.PRE_DELETE, SignalType.POST_DELETE, SignalType.M2M_CHANGED, SignalType.BULK_CHANGED);

	private final List<Route> routes;

	private final ReceiverRegistry registry;

	private final Map<Broker, BrokerTransport> transports = new EnumMap<>(Broker.class);

	private final boolean durable;

	private final JsonMapper mapper;

	ExternalizationRoutes(List<Route> routes, ReceiverRegistry registry, List<BrokerTransport> transports,
			boolean durable, JsonMapper mapper) {
		this.routes = routes;
		this.registry = registry;
		transports.forEach((transport) -> this.transports.put(transport.broker(), transport));
		this.durable = durable;
		this.mapper = mapper;
	}

	@Override
	public void afterPropertiesSet() {
		for (Route route : this.routes) {
			this.registry.register(receiver(route));
		}
	}

	private Receiver receiver(Route route) {
		String name = route.getName();
		String where = "signals.externalization.routes[" + this.routes.indexOf(route) + "]";
		check(name != null && !name.isBlank(), where + " has no name",
				"Give " + where + " a name, such as name: articles.");
		String id = "externalization." + name;
		check(this.durable, "Route '" + name + "' sends through durable delivery, which needs Spring Modulith's JDBC "
				+ "event publication registry, and the application has none",
				"Add org.springframework.modulith:spring-modulith-starter-jdbc and its EVENT_PUBLICATION table.");
		BrokerTransport transport = this.transports.get(route.getBroker());
		check(transport != null, "Route '" + name + "' sends to " + route.getBroker() + ", but the application has no "
				+ ((route.getBroker() == Broker.RABBIT) ? "RabbitTemplate" : "KafkaTemplate"),
				(route.getBroker() == Broker.RABBIT) ? "Add org.springframework.boot:spring-boot-starter-amqp."
						: "Add org.springframework.boot:spring-boot-starter-kafka.");
		check(route.getBroker() == Broker.RABBIT || !route.getTarget().isBlank(),
				"Route '" + name + "' names no Kafka topic", "Set " + where + ".target to the topic.");
		check(!route.getTypes().isEmpty() && EXTERNALIZABLE.containsAll(route.getTypes()),
				"Route '" + name + "' sends signal types " + route.getTypes() + "; routes send " + EXTERNALIZABLE,
				"Set " + where + ".types to some of " + EXTERNALIZABLE + ".");
		Expression key = routingKey(route, where);
		String target = route.getTarget();
		return new Receiver(id, "externalization to " + route.getBroker() + " " + target, route.getTypes(),
				route.getSenders().toArray(new Class<?>[0]), Phase.AFTER_COMMIT, Ordered.LOWEST_PRECEDENCE,
				(snapshot) -> {
					SignalSnapshot<?> sent = (SignalSnapshot<?>) snapshot;
					String routingKey = String.valueOf(key.getValue(new StandardEvaluationContext(sent)));
					transport.send(target, routingKey, ExternalMessage.of(sent, this.mapper));
					return null;
				})
			.asDurable();
	}

	private static Expression routingKey(Route route, String where) {
		try {
			return new SpelExpressionParser().parseExpression(route.getRoutingKey());
		}
		catch (ParseException ex) {
			throw new SignalsConfigurationException("Route '" + route.getName() + "' has a routing key that does not "
					+ "parse: '" + route.getRoutingKey() + "' (" + ex.getMessage() + ").",
					"Fix " + where + ".routing-key, a SpEL expression on the snapshot such as "
							+ "\"sender.simpleName + '.' + type\".");
		}
	}

	private static void check(boolean condition, String problem, String action) {
		if (!condition) {
			throw new SignalsConfigurationException(problem + ".", action);
		}
	}


}
