package dev.signals;

/**
 * Sent when the application starts handling an HTTP request, before Spring Security and
 * Spring MVC see it (Django's {@code request_started}). A receiver that throws fails the
 * request (with the default failure policy of {@link Phase#IMMEDIATE}).
 *
 * <pre class="code">
 * &#64;SignalReceiver
 * public void started(RequestStarted signal) { ... signal.method() ... signal.uri() ... }
 * </pre>
 *
 * @since 0.1.0
 */
public final class RequestStarted extends RequestSignal {

	private static final long serialVersionUID = 1L;

	/**
	 * Create a signal.
	 * @param method the HTTP method
	 * @param uri the URI path, without the query string
	 */
	public RequestStarted(String method, String uri) {
		super(method, uri);
	}

	@Override
	public SignalType type() {
		return SignalType.REQUEST_STARTED;
	}

}
