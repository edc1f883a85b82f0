package dev.signals;

import org.springframework.util.Assert;

/**
 * A custom signal (Django's {@code Signal()}), defined once as a constant and sent with
 * {@link Signals#send} or {@link Signals#sendRobust}:
 * <pre class="code">
 * public static final Signal&lt;ArticlePublished&gt; ARTICLE_PUBLISHED = Signal.of("article-published", ArticlePublished.class);
 * </pre>
 * Receivers take a {@code SignalEvent<ArticlePublished>} parameter; they are matched by the
 * payload type.
 *
 * @param <P> the payload type
 * @since 0.1.0
 */
public final class Signal<P> {

	private final String name;

	private final Class<P> payloadType;

	private Signal(String name, Class<P> payloadType) {
		Assert.hasText(name, "'name' must not be empty");
		Assert.notNull(payloadType, "'payloadType' must not be null");
		this.name = name;
		this.payloadType = payloadType;
	}

	/**
	 * Define a custom signal.
	 * @param <P> the payload type
	 * @param name a name for logs and messages
	 * @param payloadType the class of the payload that receivers get
	 * @return the signal
	 */
	public static <P> Signal<P> of(String name, Class<P> payloadType) {
		return new Signal<>(name, payloadType);
	}

	/**
	 * The signal's name.
	 * @return the name
	 */
	public String name() {
		return this.name;
	}

	/**
	 * The class of the payload.
	 * @return the payload type
	 */
	public Class<P> payloadType() {
		return this.payloadType;
	}

	@Override
	public String toString() {
		return "Signal[" + this.name + "]";
	}

}
