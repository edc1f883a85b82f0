package dev.signals.observation;

import java.util.function.Function;

import dev.signals.ModelSignal;
import dev.signals.Phase;
import dev.signals.SignalType;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * What an observation of one receiver call knows: the receiver, the signal, and (once the
 * receiver has returned or thrown) its error, from {@link #getError()}.
 *
 * @since 0.1.0
 */
public class ReceiverInvocationContext extends Observation.Context {

	private final String receiverId;

	private final Phase phase;

	private final Object signal;

	private final SignalType signalType;

	private final Class<?> sender;

	private final Function<Object, @Nullable Object> entityIds;

	private @Nullable Object entityId;

	private boolean entityIdRead;

	/**
	 * Create the context of one receiver call.
	 * @param receiverId the receiver's id
	 * @param phase the phase the receiver runs in
	 * @param signal the signal it receives: a model signal, a {@code BulkChanged} or a
	 * {@code SignalEvent}
	 * @param entityIds tells an entity's identifier, or {@code null} when it has none yet
	 */
	public ReceiverInvocationContext(String receiverId, Phase phase, Object signal,
			Function<Object, @Nullable Object> entityIds) {
		Assert.hasText(receiverId, "'receiverId' must not be empty");
		Assert.notNull(phase, "'phase' must not be null");
		Assert.notNull(signal, "'signal' must not be null");
		Assert.notNull(entityIds, "'entityIds' must not be null");
		this.receiverId = receiverId;
		this.phase = phase;
		this.signal = signal;
		this.signalType = SignalType.of(signal);
		this.sender = SignalOrigin.sender(signal);
		this.entityIds = entityIds;
	}

	/**
	 * The id of the receiver called.
	 * @return the receiver's id
	 */
	public String getReceiverId() {
		return this.receiverId;
	}

	/**
	 * The phase the receiver runs in.
	 * @return the phase
	 */
	public Phase getPhase() {
		return this.phase;
	}

	/**
	 * The signal the receiver gets.
	 * @return the signal
	 */
	public Object getSignal() {
		return this.signal;
	}

	/**
	 * The type of the signal.
	 * @return the signal type, {@link SignalType#CUSTOM} for a custom signal
	 */
	public SignalType getSignalType() {
		return this.signalType;
	}

	/**
	 * Who sent the signal: the entity class of a model signal or a {@code BulkChanged}, the
	 * class of the sending object of a custom signal.
	 * @return the sender class
	 */
	public Class<?> getSender() {
		return this.sender;
	}

	/**
	 * The identifier of the entity a model signal is about, read when first asked for (a
	 * convention asks when the observation starts and again when it stops).
	 * @return the identifier, or {@code null} for other signals and for entities that have
	 * none yet (a pre-save of an insert) or whose identifier cannot be read
	 */
	public @Nullable Object getEntityId() {
		if (!this.entityIdRead) {
			this.entityId = readEntityId();
			this.entityIdRead = true;
		}
		return this.entityId;
	}

	private @Nullable Object readEntityId() {
		if (!(this.signal instanceof ModelSignal<?> model)) {
			return null;
		}
		try {
			return this.entityIds.apply(model.instance());
		}
		catch (RuntimeException ex) {
			// an entity the persistence units do not know, or one still being loaded
			return null;
		}
	}

}
