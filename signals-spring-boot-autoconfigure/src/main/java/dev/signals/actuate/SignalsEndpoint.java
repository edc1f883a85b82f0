package dev.signals.actuate;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.signals.Phase;
import dev.signals.SignalType;
import dev.signals.Signals;
import dev.signals.dispatch.Receiver;
import dev.signals.dispatch.ReceiverDeclaration;
import dev.signals.dispatch.ReceiverMap;
import dev.signals.dispatch.ReceiverRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.Access;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.util.Assert;

/**
 * The {@code signals} endpoint: every receiver, grouped by the entity classes whose signals
 * reach it (and custom signals by payload type), with what it receives, when, in which
 * order, whether it is switched on and how often it failed. Its write operation switches a
 * receiver on or off at run time, changing the switch that {@code signals.receivers.<id>}
 * sets at startup (until the application restarts). Read-only unless
 * {@code management.endpoint.signals.access=unrestricted}.
 *
 * @since 0.1.0
 */
@Endpoint(id = "signals", defaultAccess = Access.READ_ONLY)
public class SignalsEndpoint {

	private final ReceiverRegistry registry;

	private final Signals signals;

	private final Supplier<Collection<Class<?>>> entityClasses;

	/**
	 * Create the endpoint.
	 * @param registry the receivers
	 * @param signals where the failure counts come from
	 * @param entityClasses the entity classes of the persistence units, asked on each read
	 */
	public SignalsEndpoint(ReceiverRegistry registry, Signals signals, Supplier<Collection<Class<?>>> entityClasses) {
		Assert.notNull(registry, "'registry' must not be null");
		Assert.notNull(signals, "'signals' must not be null");
		Assert.notNull(entityClasses, "'entityClasses' must not be null");
		this.registry = registry;
		this.signals = signals;
		this.entityClasses = entityClasses;
	}

	/**
	 * Every receiver, by entity class and by custom signal payload type.
	 * @return the receivers
	 */
	@ReadOperation
	public SignalsDescriptor signals() {
		ReceiverMap map = ReceiverMap.of(this.registry.receivers(), this.entityClasses.get());
		Map<String, Long> failures = this.signals.failureCounts();
		return new SignalsDescriptor(describe(map.entities(), failures), describe(map.customSignals(), failures),
				Arrays.stream(SignalType.values()).filter((type) -> !this.registry.isEnabled(type)).toList());
	}

	/**
	 * One receiver.
	 * @param id the receiver's id
	 * @return the receiver, or {@code null} (404 over HTTP) when no receiver has that id
	 */
	@ReadOperation
	public @Nullable ReceiverDescriptor receiver(@Selector String id) {
		Receiver receiver = this.registry.find(id);
		return (receiver != null) ? describe(receiver, this.signals.failureCounts()) : null;
	}

	/**
	 * Switch a receiver on or off from now on, as {@code signals.receivers.<id>} does at
	 * startup; the id matches ignoring case. Lasts until the application restarts.
	 * @param id the receiver's id
	 * @param enabled whether signals reach it
	 * @return the receiver, as it is now
	 */
	@WriteOperation
	public ReceiverDescriptor switchReceiver(@Selector String id, boolean enabled) {
		Receiver receiver;
		try {
			receiver = this.registry.switchReceiver(id, enabled);
		}
		catch (IllegalArgumentException | UnsupportedOperationException ex) {
			throw new InvalidEndpointRequestException(ex.getMessage(), ex.getMessage(), ex);
		}
		return describe(receiver, this.signals.failureCounts());
	}

	private Map<String, List<ReceiverDescriptor>> describe(Map<Class<?>, List<Receiver>> groups,
			Map<String, Long> failures) {
		Map<String, List<ReceiverDescriptor>> described = new LinkedHashMap<>();
		groups.forEach((type, receivers) -> described.put(type.getName(),
				receivers.stream().map((receiver) -> describe(receiver, failures)).toList()));
		return described;
	}

	private ReceiverDescriptor describe(Receiver receiver, Map<String, Long> failures) {
		ReceiverDeclaration declaration = receiver.declaration();
		return new ReceiverDescriptor(receiver.id(), (declaration != null) ? declaration.method() : null,
				receiver.description(), receiver.types().stream().sorted().toList(),
				receiver.senders().stream().map(Class::getName).toList(), receiver.phase(), receiver.order(),
				(declaration != null) ? declaration.fields() : List.of(),
				(declaration != null && !declaration.condition().isEmpty()) ? declaration.condition() : null,
				declaration != null && declaration.async(), receiver.isDurable(),
				this.registry.isReceiverEnabled(receiver.id()),
				failures.getOrDefault(receiver.id(), 0L));
	}

	/**
	 * The receivers of an application.
	 *
	 * @param entities entity class name to the receivers of its signals, in delivery order
	 * (every entity class, those nobody listens to with none)
	 * @param customSignals payload type name to the receivers of custom signals of that type
	 * @param disabledSignalTypes the signal types {@code signals.types} switches off
	 */
	public record SignalsDescriptor(Map<String, List<ReceiverDescriptor>> entities,
			Map<String, List<ReceiverDescriptor>> customSignals,
			List<SignalType> disabledSignalTypes) implements OperationResponseBody {

	}

	/**
	 * One receiver.
	 *
	 * @param id its id, used by {@code signals.receivers}, logs and metrics
	 * @param method the {@code @SignalReceiver} method, {@code null} for a receiver connected
	 * with {@code Signals.connect}
	 * @param description a short name, such as {@code ArticleReceivers.slug}
	 * @param signals the signal types it receives
	 * @param senders the classes (with their subclasses) whose signals it receives, empty for
	 * every entity
	 * @param phase when it runs
	 * @param order its order among the receivers of the same signal, lower first
	 * @param fields the attributes of {@code @SignalReceiver(field)}, empty for all
	 * @param condition its SpEL condition, {@code null} for none
	 * @param async whether it runs on Spring's task executor ({@code @Async})
	 * @param durable whether its deliveries are stored and delivered at least once
	 * ({@code @SignalReceiver(durable = true)} and externalization routes)
	 * @param enabled whether it is switched on
	 * @param failures how often it failed where its caller did not get the exception
	 * (after-commit receivers, {@code sendRobust}, {@code log} policies)
	 */
	public record ReceiverDescriptor(String id, @Nullable String method, String description, List<SignalType> signals,
			List<String> senders, Phase phase, int order, List<String> fields, @Nullable String condition,
			boolean async, boolean durable, boolean enabled, long failures) implements OperationResponseBody {

	}

}
