package dev.signals;

import org.springframework.util.Assert;

/**
 * Sent when an exception escapes the handling of an HTTP request: a handler (or its view,
 * or a servlet filter that runs after the one that sends request signals) threw it, and no
 * exception handler of the application or of Spring MVC ({@code @ExceptionHandler}, {@code @ResponseStatus}, Spring MVC's own
 * resolvers) turned it into a response, so the request ends in a server error (Django's
 * {@code got_request_exception}, which Django sends for the exceptions that become a 500).
 * Sent before {@link RequestFinished}; the exception then goes on to the servlet container
 * unchanged. An exception of a receiver of this signal, or of the {@code RequestFinished}
 * that follows it, is added to the request's exception as suppressed.
 *
 * @since 0.1.0
 */
public final class GotRequestException extends RequestSignal {

	private static final long serialVersionUID = 1L;

	/** What escaped. */
	private final transient Throwable exception;

	/**
	 * Create a signal.
	 * @param method the HTTP method
	 * @param uri the URI path, without the query string
	 * @param exception the exception that escaped
	 */
	public GotRequestException(String method, String uri, Throwable exception) {
		super(method, uri);
		Assert.notNull(exception, "'exception' must not be null");
		this.exception = exception;
	}

	@Override
	public SignalType type() {
		return SignalType.GOT_REQUEST_EXCEPTION;
	}

	/**
	 * The exception that escaped, as the handler threw it (not wrapped in the
	 * {@code ServletException} with which Spring MVC passes it on).
	 * @return the exception
	 */
	public Throwable exception() {
		return this.exception;
	}

	@Override
	public String toString() {
		return type() + "[" + method() + " " + uri() + ": " + this.exception + "]";
	}

}
