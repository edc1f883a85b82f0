package dev.signals.dispatch;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import dev.signals.Phase;
import dev.signals.ReceiverException;
import dev.signals.Signal;
import dev.signals.SignalEvent;
import dev.signals.SignalType;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * One registered receiver: what it receives, when, in which order, and how to call it.
 *
 * @since 0.1.0
 */
public final class Receiver {

	private final String id;

	private final String description;

	private final Set<SignalType> types;

	private final Class<?>[] senders;

	private final Phase phase;

	private final int order;

	private final ReceiverInvoker invoker;

	private final Predicate<Object> filter;

	private final @Nullable ReceiverDeclaration declaration;

	private final @Nullable Signal<?> signal;

	private final boolean durable;

	private final boolean external;

	/**
	 * Create a receiver.
	 * @param id the unique identifier (used by switches and logs)
	 * @param description a human-readable name, such as {@code ArticleReceivers.onSave}
	 * @param types the signal types received
	 * @param senders the sender classes received (with their subclasses); empty for any
	 * @param phase the transaction phase
	 * @param order the order among receivers of the same signal (lower first)
	 * @param invoker the code to call
	 */
	public Receiver(String id, String description, Set<SignalType> types, Class<?>[] senders, Phase phase,
			int order, ReceiverInvoker invoker) {
		this(id, description, types, senders, phase, order, invoker, (signal) -> true);
	}

	/**
	 * Create a receiver that only receives the signals a filter lets through.
	 * @param id the unique identifier (used by switches and logs)
	 * @param description a human-readable name, such as {@code ArticleReceivers.onSave}
	 * @param types the signal types received
	 * @param senders the sender classes received (with their subclasses); empty for any
	 * @param phase the transaction phase
	 * @param order the order among receivers of the same signal (lower first)
	 * @param invoker the code to call
	 * @param filter which signals of its route the receiver wants, decided when each is sent
	 */
	public Receiver(String id, String description, Set<SignalType> types, Class<?>[] senders, Phase phase,
			int order, ReceiverInvoker invoker, Predicate<Object> filter) {
		Assert.hasText(id, "'id' must not be empty");
		Assert.notEmpty(types, "'types' must not be empty");
		Assert.notNull(senders, "'senders' must not be null");
		Assert.notNull(phase, "'phase' must not be null");
		Assert.notNull(invoker, "'invoker' must not be null");
		this.id = id;
		this.description = description;
		this.types = Set.copyOf(types);
		this.senders = senders.clone();
		this.phase = phase;
		this.order = order;
		this.invoker = invoker;
		this.filter = filter;
		this.declaration = null;
		this.signal = null;
		this.durable = false;
		this.external = false;
	}

	private Receiver(Receiver receiver, @Nullable ReceiverDeclaration declaration, @Nullable Signal<?> signal,
			boolean durable, boolean external) {
		this.id = receiver.id;
		this.description = receiver.description;
		this.types = receiver.types;
		this.senders = receiver.senders;
		this.phase = receiver.phase;
		this.order = receiver.order;
		this.invoker = receiver.invoker;
		this.filter = receiver.filter;
		this.declaration = declaration;
		this.signal = signal;
		this.durable = durable;
		this.external = external;
	}

	/**
	 * This receiver, remembering the {@code @SignalReceiver} method that declared it.
	 * @param declaration the method and the attributes it names
	 * @return a receiver like this one, with the declaration
	 */
	public Receiver withDeclaration(ReceiverDeclaration declaration) {
		Assert.notNull(declaration, "'declaration' must not be null");
		return new Receiver(this, declaration, this.signal, this.durable, this.external);
	}

	/**
	 * This receiver, receiving only one custom signal instead of every signal of its payload
	 * type, as a receiver connected to that signal does.
	 * @param signal the custom signal
	 * @return a receiver like this one, for that signal only
	 */
	public Receiver withSignal(Signal<?> signal) {
		Assert.notNull(signal, "'signal' must not be null");
		return new Receiver(this, this.declaration, signal, this.durable, this.external);
	}

	/**
	 * This receiver, made durable: each signal it wants is stored in the transaction that
	 * sent it and delivered after the commit, at least once, even across a crash (see
	 * {@link DurableDelivery}).
	 * @return a receiver like this one, durable
	 */
	public Receiver asDurable() {
		return new Receiver(this, this.declaration, this.signal, true, this.external);
	}

	/**
	 * Whether the receiver is durable.
	 * @return whether its deliveries are stored and survive a crash
	 */
	public boolean isDurable() {
		return this.durable;
	}

	/**
	 * This receiver, made external: it gets the changes other programs commit, as
	 * snapshots, and no signal the application sends (see
	 * {@link dev.signals.SignalReceiver#external()}).
	 * @return a receiver like this one, external
	 */
	public Receiver asExternal() {
		return new Receiver(this, this.declaration, this.signal, this.durable, true);
	}

	/**
	 * Whether the receiver is external.
	 * @return whether it gets changes made by other programs instead of the application's
	 * signals
	 */
	public boolean isExternal() {
		return this.external;
	}

	/**
	 * The receiver's unique identifier.
	 * @return the identifier
	 */
	public String id() {
		return this.id;
	}

	/**
	 * A human-readable name of the receiver, such as {@code ArticleReceivers.onSave}.
	 * @return the description
	 */
	public String description() {
		return this.description;
	}

	/**
	 * The transaction phase in which the receiver runs.
	 * @return the phase
	 */
	public Phase phase() {
		return this.phase;
	}

	/**
	 * The order among receivers of the same signal, lower first.
	 * @return the order
	 */
	public int order() {
		return this.order;
	}

	/**
	 * The signal types this receiver receives.
	 * @return the types
	 */
	public Set<SignalType> types() {
		return this.types;
	}

	/**
	 * The classes whose signals this receiver receives, with their subclasses: entity
	 * classes, or the payload type of a custom signal.
	 * @return the sender classes, empty for any
	 */
	public List<Class<?>> senders() {
		return List.of(this.senders);
	}

	/**
	 * The {@code @SignalReceiver} method that declared this receiver.
	 * @return the declaration, or {@code null} for a receiver connected at run time
	 */
	public @Nullable ReceiverDeclaration declaration() {
		return this.declaration;
	}

	/**
	 * Whether this receiver receives signals of the given type about the given entity class.
	 * @param type the signal type
	 * @param entityClass the entity class of the instance
	 * @return whether the signal matches
	 */
	public boolean accepts(SignalType type, Class<?> entityClass) {
		if (!this.types.contains(type)) {
			return false;
		}
		if (this.senders.length == 0) {
			return true;
		}
		for (Class<?> sender : this.senders) {
			if (sender.isAssignableFrom(entityClass)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the receiver can receive a custom signal that its route reaches: a receiver
	 * connected to one signal receives that one only, the others every signal of their
	 * payload type.
	 * @param signal the custom signal
	 * @return whether sending the signal may call this receiver
	 */
	public boolean receives(Signal<?> signal) {
		return this.signal == null || this.signal == signal;
	}

	/**
	 * Whether the receiver wants a signal of its route, for example an {@code M2MChanged}
	 * of one of the attributes it declared.
	 * @param signal the signal
	 * @return whether to deliver it
	 */
	public boolean wants(Object signal) {
		return (this.signal == null || (signal instanceof SignalEvent<?> event && receives(event.signal())))
				&& this.filter.test(signal);
	}

	/**
	 * Call the receiver. Unchecked exceptions propagate as they are; a checked one is wrapped
	 * in a {@link ReceiverException} that names the receiver.
	 * @param signal the signal
	 * @return what the receiver returned, {@code null} for a {@code void} receiver
	 */
	public @Nullable Object receive(Object signal) {
		try {
			return this.invoker.invoke(signal);
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new ReceiverException("Signal receiver " + this + " failed on " + signal, ex);
		}
	}

	@Override
	public String toString() {
		return "'" + this.id + "' (" + this.description + ")";
	}

}
