package dev.signals.web;

import java.io.IOException;
import java.time.Duration;

import dev.signals.GotRequestException;
import dev.signals.RequestFinished;
import dev.signals.RequestSignal;
import dev.signals.RequestStarted;
import dev.signals.SignalType;
import dev.signals.dispatch.ReceiverRegistry;
import dev.signals.dispatch.Route;
import dev.signals.dispatch.SignalDispatcher;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.util.Assert;

/**
 * Sends the request signals around each HTTP request: {@link RequestStarted} before the rest
 * of the filter chain, {@link GotRequestException} when an exception escapes it, and
 * {@link RequestFinished} after it (for an asynchronous request, when the async processing
 * completes). Each signal is only built when a receiver or listener of its type exists;
 * without any, a request costs three flag checks.
 *
 * <p>Runs once per request: error, async, forward and include dispatches pass through.
 *
 * @since 0.1.0
 */
public final class RequestSignalsFilter implements Filter, Ordered {

	/**
	 * The filter's order: just after Spring's {@code RequestContextFilter} (-105), so that
	 * receivers find the request in {@code RequestContextHolder}, and before Spring
	 * Security's filters (-100), so that requests they reject are signalled too.
	 */
	public static final int ORDER = -104;

	private static final int SERVER_ERROR = 500;

	private final ReceiverRegistry registry;

	private final SignalDispatcher dispatcher;

	/**
	 * Create a filter.
	 * @param registry the receivers, asked whether anyone receives each request signal
	 * @param dispatcher delivers the signals
	 */
	public RequestSignalsFilter(ReceiverRegistry registry, SignalDispatcher dispatcher) {
		Assert.notNull(registry, "'registry' must not be null");
		Assert.notNull(dispatcher, "'dispatcher' must not be null");
		this.registry = registry;
		this.dispatcher = dispatcher;
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		boolean started = this.registry.hasReceivers(SignalType.REQUEST_STARTED);
		boolean failed = this.registry.hasReceivers(SignalType.GOT_REQUEST_EXCEPTION);
		boolean finished = this.registry.hasReceivers(SignalType.REQUEST_FINISHED);
		if ((!started && !failed && !finished) || request.getDispatcherType() != DispatcherType.REQUEST
				|| !(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse)) {
			chain.doFilter(request, response);
			return;
		}
		long start = System.nanoTime();
		if (started) {
			send(new RequestStarted(http.getMethod(), http.getRequestURI()));
		}
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			sendFailure(http, ex, start, failed, finished);
			throw ex;
		}
		if (request.isAsyncStarted()) {
			if (failed || finished) {
				request.getAsyncContext()
					.addListener(new AsyncCompletion(http, (HttpServletResponse) response, start, failed, finished));
			}
		}
		else if (finished) {
			send(new RequestFinished(http.getMethod(), http.getRequestURI(), ((HttpServletResponse) response).getStatus(),
					since(start)));
		}
	}

	/**
	 * Send the failure of a request and its end. A receiver's own exception must not hide the
	 * request's, which goes on to the container: it is added to it as suppressed.
	 */
	private void sendFailure(HttpServletRequest request, Throwable failure, long start, boolean failed,
			boolean finished) {
		if (failed) {
			sendBeside(failure, new GotRequestException(request.getMethod(), request.getRequestURI(), unwrap(failure)));
		}
		if (finished) {
			sendBeside(failure, new RequestFinished(request.getMethod(), request.getRequestURI(), SERVER_ERROR,
					since(start)));
		}
	}

	private void sendBeside(Throwable failure, RequestSignal signal) {
		try {
			send(signal);
		}
		catch (RuntimeException ex) {
			failure.addSuppressed(ex);
		}
	}

	/**
	 * What the handler threw: Spring MVC passes an exception that no resolver handled on in a
	 * plain {@code ServletException} ("Request processing failed").
	 */
	private static Throwable unwrap(Throwable failure) {
		Throwable unwrapped = failure;
		while (unwrapped.getClass() == ServletException.class && unwrapped.getCause() != null) {
			unwrapped = unwrapped.getCause();
		}
		return unwrapped;
	}

	private void send(RequestSignal signal) {
		Route route = this.registry.route(signal.type(), signal.getClass());
		if (!route.isEmpty()) {
			this.dispatcher.dispatch(route, signal, null);
		}
	}

	private static Duration since(long start) {
		return Duration.ofNanos(System.nanoTime() - start);
	}

	/**
	 * Sends what happens to an asynchronous request once its async processing ends: the
	 * failure the container reports, and the end with the final status.
	 */
	private final class AsyncCompletion implements AsyncListener {

		private final String method;

		private final String uri;

		private final HttpServletResponse response;

		private final long start;

		private final boolean failed;

		private final boolean finished;

		AsyncCompletion(HttpServletRequest request, HttpServletResponse response, long start, boolean failed,
				boolean finished) {
			this.method = request.getMethod();
			this.uri = request.getRequestURI();
			this.response = response;
			this.start = start;
			this.failed = failed;
			this.finished = finished;
		}

		@Override
		public void onComplete(AsyncEvent event) {
			if (this.finished) {
				send(new RequestFinished(this.method, this.uri, this.response.getStatus(), since(this.start)));
			}
		}

		@Override
		public void onError(AsyncEvent event) {
			Throwable failure = event.getThrowable();
			if (this.failed && failure != null) {
				send(new GotRequestException(this.method, this.uri, unwrap(failure)));
			}
		}

		@Override
		public void onTimeout(AsyncEvent event) {
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
			event.getAsyncContext().addListener(this);
		}

	}

}
