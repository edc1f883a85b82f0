package dev.signals;

import org.springframework.context.ApplicationEvent;
import org.springframework.util.Assert;

/**
 * A signal about one HTTP request that a Spring MVC application handles:
 * {@link RequestStarted}, {@link GotRequestException} or {@link RequestFinished}. A receiver
 * declared with this type receives all three.
 *
 * <p>Request signals are sent on the request's thread, with the request bound to
 * Spring's {@code RequestContextHolder}
 * and outside any transaction, once per request (not again for its error or async
 * dispatches). They have no sender, and their receivers run where they are sent
 * ({@link Phase#IMMEDIATE}); choose requests with a {@code condition} such as
 * {@code "uri.startsWith('/api/')"}. They are only built when something receives them.
 *
 * @since 0.1.0
 */
public abstract sealed class RequestSignal extends ApplicationEvent
		permits RequestStarted, GotRequestException, RequestFinished {

	private static final long serialVersionUID = 1L;

	/** The HTTP method. */
	private final String method;

	RequestSignal(String method, String uri) {
		super(uri);
		Assert.hasText(method, "'method' must not be empty");
		Assert.hasText(uri, "'uri' must not be empty");
		this.method = method;
	}

	/**
	 * The kind of this signal.
	 * @return the signal type
	 */
	public abstract SignalType type();

	/**
	 * The request's HTTP method, such as {@code GET}.
	 * @return the method
	 */
	public String method() {
		return this.method;
	}

	/**
	 * The request's URI path, from the context path on, without the query string, such as
	 * {@code /articles/42}.
	 * @return the URI path
	 */
	public String uri() {
		return (String) getSource();
	}

	@Override
	public String toString() {
		return type() + "[" + this.method + " " + uri() + "]";
	}

}
