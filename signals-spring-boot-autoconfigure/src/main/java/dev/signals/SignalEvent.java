package dev.signals;

import org.springframework.context.ApplicationEvent;
import org.springframework.core.ResolvableType;
import org.springframework.core.ResolvableTypeProvider;
import org.springframework.util.Assert;

/**
 * One sending of a custom {@link Signal}: the signal, its sender and its payload. Receive it
 * with {@code @SignalReceiver void on(SignalEvent<ArticlePublished> event)}, or with
 * Spring's {@code @EventListener}.
 *
 * @param <P> the payload type
 * @since 0.1.0
 */
public final class SignalEvent<P> extends ApplicationEvent implements ResolvableTypeProvider {

	private static final long serialVersionUID = 1L;

	private final transient Signal<P> signal;

	private final transient P payload;

	/**
	 * Create an event.
	 * @param signal the signal sent
	 * @param sender the object that sent it (Django's {@code sender})
	 * @param payload the payload
	 */
	public SignalEvent(Signal<P> signal, Object sender, P payload) {
		super(sender);
		Assert.notNull(signal, "'signal' must not be null");
		Assert.notNull(payload, "'payload' must not be null");
		this.signal = signal;
		this.payload = payload;
	}

	/**
	 * The signal that was sent.
	 * @return the signal
	 */
	public Signal<P> signal() {
		return this.signal;
	}

	/**
	 * The object that sent the signal.
	 * @return the sender
	 */
	public Object sender() {
		return getSource();
	}

	/**
	 * The payload.
	 * @return the payload
	 */
	public P payload() {
		return this.payload;
	}

	/**
	 * An immutable copy of this signal that can be stored, sent to a broker and read back
	 * (see {@link SignalSnapshot}).
	 * @return the snapshot, with a new {@link SignalSnapshot#id() id}
	 * @since 0.2.0
	 */
	public SignalSnapshot<Object> snapshot() {
		return Snapshots.of(this);
	}

	@Override
	public ResolvableType getResolvableType() {
		return ResolvableType.forClassWithGenerics(SignalEvent.class, this.signal.payloadType());
	}

	@Override
	public String toString() {
		return this.signal.name() + "[" + this.payload + "]";
	}

}
