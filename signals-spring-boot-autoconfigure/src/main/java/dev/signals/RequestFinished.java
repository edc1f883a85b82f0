package dev.signals;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * Sent when the application has handled an HTTP request: its handler (and view) have
 * produced the response, or an exception escaped (Django's {@code request_finished}). For
 * an asynchronous request it is sent when the async processing completes.
 *
 * @since 0.1.0
 */
public final class RequestFinished extends RequestSignal {

	private static final long serialVersionUID = 1L;

	/** The response status. */
	private final int status;

	/** How long the request took. */
	private final Duration duration;

	/**
	 * Create a signal.
	 * @param method the HTTP method
	 * @param uri the URI path, without the query string
	 * @param status the response status (from 100 to 999)
	 * @param duration how long the handling took, not negative
	 */
	public RequestFinished(String method, String uri, int status, Duration duration) {
		super(method, uri);
		Assert.isTrue(status >= 100 && status <= 999, () -> "'status' must be an HTTP status code, but was " + status);
		Assert.notNull(duration, "'duration' must not be null");
		Assert.isTrue(!duration.isNegative(), () -> "'duration' must not be negative, but was " + duration);
		this.status = status;
		this.duration = duration;
	}

	@Override
	public SignalType type() {
		return SignalType.REQUEST_FINISHED;
	}

	/**
	 * The response status, such as {@code 200}; {@code 500} when an exception escaped the
	 * handling (the servlet container answers it with a server error).
	 * @return the status code
	 */
	public int status() {
		return this.status;
	}

	/**
	 * How long the request took, from {@link RequestStarted} to this signal.
	 * @return the duration
	 */
	public Duration duration() {
		return this.duration;
	}

	@Override
	public String toString() {
		return type() + "[" + method() + " " + uri() + " " + this.status + " in " + this.duration.toMillis() + " ms]";
	}

}
