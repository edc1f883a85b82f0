package dev.signals.dispatch;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

import dev.signals.ModelSignal;
import dev.signals.SignalRecursionException;
import org.jspecify.annotations.Nullable;

/**
 * Keeps, per thread, the deliveries that are running, and stops a model signal that is sent
 * again about the same entity while it is still being delivered, more often than allowed:
 * either from inside its receivers, or by the writes its receivers made, which the next
 * round of a write's delivery brings ({@link #checkRound}).
 */
final class RecursionGuard {

	private static final String WAY_OUT = "Guard the receiver (write only when the value changes), make it write "
			+ "without entity signals (a bulk JPQL update, or Signals.muted), or raise signals.recursion.max-depth.";

	private final int maxDepth;

	private final EntityIdentity identity;

	private final ThreadLocal<Stack> stacks = ThreadLocal.withInitial(Stack::new);

	RecursionGuard(int maxDepth, EntityIdentity identity) {
		this.maxDepth = maxDepth;
		this.identity = identity;
	}

	/**
	 * The deliveries running on this thread.
	 * @return the thread's stack of deliveries
	 */
	Stack running() {
		return this.stacks.get();
	}

	/**
	 * Record a delivery that starts; {@link Stack#pop() pop} the stack when it ends.
	 * @param stack the deliveries running on this thread
	 * @param receiver the receiver
	 * @param signal the signal
	 * @throws SignalRecursionException if the same signal about the same entity is already
	 * being delivered {@code max-depth} times
	 */
	void enter(Stack stack, Receiver receiver, Object signal) {
		if (stack.size > 0 && signal instanceof ModelSignal<?> model) {
			int depth = 0;
			for (int i = 0; i < stack.size; i++) {
				if (stack.signals[i] instanceof ModelSignal<?> running && sameSignal(running, model)) {
					depth++;
				}
			}
			if (depth > this.maxDepth) {
				throw new SignalRecursionException(describe(stack, receiver, model, depth));
			}
		}
		stack.push(receiver, signal);
	}

	/**
	 * Check the signals of a round of delivery against the earlier rounds of the same write:
	 * a signal about an entity that was delivered in more than {@code max-depth} earlier
	 * rounds was sent again, each time, by the writes of its own receivers.
	 * @param earlier the earlier rounds, first first
	 * @param round the round about to be delivered
	 * @throws SignalRecursionException naming the receivers of each earlier round
	 */
	void checkRound(List<Deliveries> earlier, Deliveries round) {
		for (int i = 0; i < round.size(); i++) {
			if (!(round.signal(i) instanceof ModelSignal<?> model)) {
				continue;
			}
			int depth = 0;
			StringJoiner chain = new StringJoiner(" -> ");
			for (Deliveries previous : earlier) {
				for (int j = 0; j < previous.size(); j++) {
					if (previous.signal(j) instanceof ModelSignal<?> sent && sameSignal(sent, model)) {
						depth++;
						chain.add(describe(previous.route(j), sent));
						break;
					}
				}
			}
			if (depth > this.maxDepth) {
				chain.add(describe(round.route(i), model));
				throw new SignalRecursionException(describe(model) + " was sent again by what its own receivers "
						+ "wrote, " + depth + " times (> signals.recursion.max-depth=" + this.maxDepth
						+ "). Receiver chain: " + chain + ". " + WAY_OUT);
			}
		}
	}

	private static String describe(Route route, Object signal) {
		StringJoiner receivers = new StringJoiner(", ");
		for (Receiver receiver : route.receiverArray()) {
			receivers.add(receiver.description());
		}
		return receivers + " on " + signal;
	}

	private boolean sameSignal(ModelSignal<?> running, ModelSignal<?> sent) {
		if (running.type() != sent.type() || running.sender() != sent.sender()) {
			return false;
		}
		if (running.instance() == sent.instance()) {
			return true;
		}
		Object id = this.identity.idOf(sent.instance());
		return id != null && Objects.equals(id, this.identity.idOf(running.instance()));
	}

	/**
	 * The deliveries running on this thread, for an error message.
	 * @return the innermost signal's entity and the chain of receivers, or {@code null} when
	 * no receiver is running
	 */
	@Nullable String describeRunning() {
		Stack stack = running();
		if (stack.isEmpty()) {
			return null;
		}
		Object innermost = stack.signals[stack.size - 1];
		String signal = (innermost instanceof ModelSignal<?> model) ? describe(model) : String.valueOf(innermost);
		return signal + ", receiver chain: " + stack.chain();
	}

	private String describe(ModelSignal<?> signal) {
		Object id = this.identity.idOf(signal.instance());
		return signal.type() + " of " + signal.sender().getName() + ((id != null) ? " with id " + id : "");
	}

	private String describe(Stack stack, Receiver receiver, ModelSignal<?> signal, int depth) {
		String chain = stack.chain() + " -> " + receiver.description() + " on " + signal;
		return describe(signal) + " was sent again while its receivers were still running, " + depth
				+ " times (> signals.recursion.max-depth=" + this.maxDepth + "). Receiver chain: " + chain + ". "
				+ WAY_OUT;
	}

	static final class Stack {

		private Receiver[] receivers = new Receiver[4];

		private @Nullable Object[] signals = new Object[4];

		private int size;

		void push(Receiver receiver, Object signal) {
			if (this.size == this.receivers.length) {
				this.receivers = Arrays.copyOf(this.receivers, this.size * 2);
				this.signals = Arrays.copyOf(this.signals, this.size * 2);
			}
			this.receivers[this.size] = receiver;
			this.signals[this.size] = signal;
			this.size++;
		}

		private boolean isEmpty() {
			return this.size == 0;
		}

		/**
		 * The running deliveries, outermost first.
		 * @return each receiver with the signal it got, joined by arrows
		 */
		private String chain() {
			StringJoiner chain = new StringJoiner(" -> ");
			for (int i = 0; i < this.size; i++) {
				chain.add(this.receivers[i].description() + " on " + this.signals[i]);
			}
			return chain.toString();
		}

		void pop() {
			this.size--;
			this.receivers[this.size] = null;
			this.signals[this.size] = null;
		}

	}

}
