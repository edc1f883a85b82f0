package dev.signals.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import dev.signals.Phase;
import dev.signals.SignalType;
import dev.signals.SignalsConfigurationException;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * The receivers known to one application context, and the routes computed from them: for
 * each signal type and entity class, the receivers to call in order. Routes are cached, so
 * that finding nobody to deliver to costs one map look-up and no allocation.
 *
 * <p>Registration is rare (startup, programmatic connect) and replaces the cache as a whole;
 * look-ups are lock-free and safe from any thread.
 *
 * @since 0.1.0
 */
public final class ReceiverRegistry {

	private static final Comparator<Receiver> DELIVERY_ORDER = Comparator.comparingInt(Receiver::order);

	private final SignalSwitches switches;

	private final List<Receiver> receivers = new ArrayList<>();

	private final List<ListenerInterest> interests = new ArrayList<>();

	private volatile RouteCache cache;

	private volatile boolean beforeCommitReceivers;

	private volatile boolean externalReceivers;

	private volatile boolean[] typesWithReceivers = new boolean[SignalType.values().length];

	private final List<Activation> activations = new ArrayList<>();

	/**
	 * Create an empty registry.
	 * @param switches the switches that turn types and receivers off
	 */
	public ReceiverRegistry(SignalSwitches switches) {
		Assert.notNull(switches, "'switches' must not be null");
		this.switches = switches;
		this.cache = new RouteCache(new Receiver[0], new ListenerInterest[0]);
	}

	/**
	 * Add a receiver. Receivers of equal order run in registration order.
	 * @param receiver the receiver
	 * @throws SignalsConfigurationException if another receiver has the same identifier
	 */
	public synchronized void register(Receiver receiver) {
		Receiver existing = find(receiver.id());
		if (existing != null) {
			throw new SignalsConfigurationException("Signal receiver id '" + receiver.id() + "' is used twice: by "
					+ existing + " and by " + receiver + ".", "Give each receiver its own id, with "
							+ "@SignalReceiver(id = ...) or distinct method names.");
		}
		this.receivers.add(receiver);
		this.receivers.sort(DELIVERY_ORDER);
		refresh();
	}

	/**
	 * Add a receiver unless one with the same identifier is registered (Django's
	 * {@code dispatch_uid}: the first registration wins).
	 * @param receiver the receiver
	 * @return the registered receiver with that identifier: the given one, or the earlier one
	 */
	public synchronized Receiver registerIfAbsent(Receiver receiver) {
		Receiver existing = find(receiver.id());
		if (existing != null) {
			return existing;
		}
		register(receiver);
		return receiver;
	}

	/**
	 * The registered receiver with an identifier.
	 * @param id the identifier
	 * @return the receiver, or {@code null}
	 */
	public synchronized @Nullable Receiver find(String id) {
		for (Receiver receiver : this.receivers) {
			if (receiver.id().equals(id)) {
				return receiver;
			}
		}
		return null;
	}

	/**
	 * Remove a receiver.
	 * @param receiver the receiver
	 * @return whether it was registered
	 */
	public synchronized boolean unregister(Receiver receiver) {
		boolean removed = this.receivers.remove(receiver);
		if (removed) {
			refresh();
		}
		return removed;
	}

	/**
	 * Record that a Spring application listener listens to model signals, so that matching
	 * signals are published as application events.
	 * @param interest the listener's interest
	 */
	public synchronized void registerListenerInterest(ListenerInterest interest) {
		this.interests.add(interest);
		refresh();
	}

	/**
	 * The registered receivers, in delivery order.
	 * @return a snapshot of the receivers
	 */
	public synchronized List<Receiver> receivers() {
		return List.copyOf(this.receivers);
	}

	/**
	 * Switch a receiver on or off at run time, as {@code signals.receivers.<id>} does at
	 * startup (the id matches ignoring case, as there): signals sent from now on reach it, or not (a delivery already running or
	 * queued on a transaction is not withdrawn). Safe from any thread.
	 * @param id the receiver's identifier
	 * @param enabled whether it is called
	 * @return the receiver
	 * @throws IllegalArgumentException if no receiver has that identifier
	 * @throws UnsupportedOperationException if the switches of this registry are fixed
	 */
	public synchronized Receiver switchReceiver(String id, boolean enabled) {
		Receiver receiver = this.receivers.stream()
			.filter((candidate) -> candidate.id().equalsIgnoreCase(id))
			.findFirst()
			.orElse(null);
		if (receiver == null) {
			throw new IllegalArgumentException("No signal receiver has the id '" + id + "'. Receiver ids are "
					+ this.receivers.stream().map(Receiver::id).sorted().toList() + ".");
		}
		this.switches.switchReceiver(receiver.id(), enabled);
		refresh();
		return receiver;
	}

	/**
	 * Whether a receiver is switched on.
	 * @param id the receiver's identifier
	 * @return whether signals reach it
	 */
	public boolean isReceiverEnabled(String id) {
		return this.switches.isReceiverEnabled(id);
	}

	/**
	 * Whether any receiver has work to do just before the commit: one that runs in the
	 * {@link Phase#BEFORE_COMMIT} phase, or a durable one, whose deliveries are stored then.
	 * @return whether there is such a receiver
	 */
	public boolean hasBeforeCommitWork() {
		return this.beforeCommitReceivers;
	}

	/**
	 * Whether any receiver is {@linkplain Receiver#isExternal() external}: while one is,
	 * the application marks its own transactions so that they are not reported to it.
	 * @return whether there is such a receiver
	 */
	public boolean hasExternalReceivers() {
		return this.externalReceivers;
	}

	/**
	 * The receivers of a kind, as a startup report names them: their declaring method, or
	 * their id for receivers connected at run time.
	 * @param kind which receivers
	 * @return their names, in registration order
	 */
	public List<String> names(Predicate<Receiver> kind) {
		return receivers().stream()
			.filter(kind)
			.map((receiver) -> (receiver.declaration() != null) ? receiver.declaration().method() : receiver.id())
			.toList();
	}

	/**
	 * Run an action once, as soon as any of some signal types has a receiver or listener
	 * (at once if one has already). Used to hook into the persistence layer only when
	 * something listens, so that an application without receivers pays nothing.
	 * @param types the signal types
	 * @param action what to run
	 */
	public synchronized void whenReceiversAppear(Set<SignalType> types, Runnable action) {
		this.activations.add(new Activation(Set.copyOf(types), action));
		activate();
	}

	/**
	 * Whether signals of a type are switched on at all.
	 * @param type the signal type
	 * @return {@code false} when the switches turn the type off
	 */
	public boolean isEnabled(SignalType type) {
		return this.switches.isEnabled(type);
	}

	/**
	 * Whether any receiver or listener receives signals of a type, for any entity class: a
	 * cheap check before work that only matters when someone does.
	 * @param type the signal type
	 * @return whether a signal of that type could reach anyone
	 */
	public boolean hasReceivers(SignalType type) {
		return this.typesWithReceivers[type.ordinal()];
	}

	/**
	 * The route of a signal type for an entity class.
	 * @param type the signal type
	 * @param entityClass the entity class of the instance
	 * @return the route, {@link Route#EMPTY} when nobody receives it
	 */
	public Route route(SignalType type, Class<?> entityClass) {
		return this.cache.route(type, entityClass);
	}

	private void refresh() {
		boolean[] typesWithReceivers = new boolean[SignalType.values().length];
		for (SignalType type : SignalType.values()) {
			typesWithReceivers[type.ordinal()] = this.switches.isEnabled(type)
					&& (this.receivers.stream()
						.anyMatch((receiver) -> !receiver.isExternal() && receiver.types().contains(type))
							|| this.interests.stream().anyMatch((interest) -> interest.types().contains(type)));
		}
		this.typesWithReceivers = typesWithReceivers;
		activate();
		this.beforeCommitReceivers = this.receivers.stream()
			.anyMatch((receiver) -> receiver.phase() == Phase.BEFORE_COMMIT || receiver.isDurable());
		this.externalReceivers = this.receivers.stream().anyMatch(Receiver::isExternal);
		this.cache = new RouteCache(this.receivers.toArray(new Receiver[0]),
				this.interests.toArray(new ListenerInterest[0]));
	}

	private void activate() {
		for (Iterator<Activation> pending = this.activations.iterator(); pending.hasNext();) {
			Activation activation = pending.next();
			if (activation.types().stream().anyMatch(this::hasReceivers)) {
				pending.remove();
				activation.action().run();
			}
		}
	}

	private record Activation(Set<SignalType> types, Runnable action) {
	}

	private final class RouteCache {

		private final Receiver[] receivers;

		private final ListenerInterest[] interests;

		private final Map<Class<?>, Route>[] routes;

		@SuppressWarnings({ "unchecked", "rawtypes" })
		RouteCache(Receiver[] receivers, ListenerInterest[] interests) {
			this.receivers = receivers;
			this.interests = interests;
			this.routes = new Map[SignalType.values().length];
			for (int i = 0; i < this.routes.length; i++) {
				this.routes[i] = new ConcurrentHashMap<>();
			}
		}

		Route route(SignalType type, Class<?> entityClass) {
			Map<Class<?>, Route> byClass = this.routes[type.ordinal()];
			Route route = byClass.get(entityClass);
			if (route == null) {
				route = byClass.computeIfAbsent(entityClass, (key) -> build(type, key));
			}
			return route;
		}

		private Route build(SignalType type, Class<?> entityClass) {
			if (!ReceiverRegistry.this.switches.isEnabled(type)) {
				return Route.EMPTY;
			}
			List<Receiver> matching = new ArrayList<>();
			for (Receiver receiver : this.receivers) {
				if (!receiver.isExternal() && receiver.accepts(type, entityClass)
						&& ReceiverRegistry.this.switches.isReceiverEnabled(receiver.id())) {
					matching.add(receiver);
				}
			}
			boolean publish = false;
			for (ListenerInterest interest : this.interests) {
				publish |= interest.accepts(type, entityClass);
			}
			return (matching.isEmpty() && !publish) ? Route.EMPTY
					: new Route(matching.toArray(new Receiver[0]), publish);
		}

	}

}
