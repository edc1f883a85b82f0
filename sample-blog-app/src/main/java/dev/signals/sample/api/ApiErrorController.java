package dev.signals.sample.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Spring Boot's error controller, except that the failures of the JSON API that reach it are
 * answered with problem details ({@code application/problem+json}), whatever the request
 * accepts, like those {@link ApiExceptionHandler} answers: addresses under {@code /api} that
 * match no endpoint (404), methods (405) and media types (406, 415) that an endpoint does not
 * support, and failures that no handler answered (500). These fail before any API controller
 * is chosen, so no controller advice sees them. Every other address keeps Boot's error page.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiErrorController extends BasicErrorController {

	private final ErrorAttributes errorAttributes;

	private final JsonMapper json;

	ApiErrorController(ErrorAttributes errorAttributes, WebProperties web,
			ObjectProvider<ErrorViewResolver> errorViewResolvers, JsonMapper json) {
		super(errorAttributes, web.getError(), errorViewResolvers.orderedStream().toList());
		this.errorAttributes = errorAttributes;
		this.json = json;
	}

	@Override
	public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
		if (!isApi(request)) {
			return super.errorHtml(request, response);
		}
		response.setStatus(getStatus(request).value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		try {
			this.json.writeValue(response.getOutputStream(), problem(request));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return null;
	}

	@Override
	public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		if (!isApi(request)) {
			return super.error(request);
		}
		return ResponseEntity.status(getStatus(request))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem(request));
	}

	private static boolean isApi(HttpServletRequest request) {
		String path = path(request);
		return path.equals("/api") || path.startsWith("/api/");
	}

	private static String path(HttpServletRequest request) {
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (path != null) ? path.toString() : "";
	}

	private Map<String, Object> problem(HttpServletRequest request) {
		HttpStatus status = getStatus(request);
		// As Spring writes a ProblemDetail: no type, which means about:blank.
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("detail", detail(request, status, this.errorAttributes.getError(new ServletWebRequest(request))));
		problem.put("instance", path(request));
		problem.put("status", status.value());
		problem.put("title", status.getReasonPhrase());
		return problem;
	}

	private static String detail(HttpServletRequest request, HttpStatus status, Throwable failure) {
		if (failure instanceof HttpRequestMethodNotSupportedException unsupported) {
			return unsupported.getMethod() + " is not supported at " + path(request) + "; it supports "
					+ String.join(", ", unsupported.getSupportedMethods());
		}
		if (failure instanceof HttpMediaTypeNotAcceptableException) {
			return "The API answers in application/json (problems in application/problem+json), which the request's "
					+ "Accept header (" + request.getHeader(HttpHeaders.ACCEPT) + ") does not accept";
		}
		if (failure instanceof HttpMediaTypeNotSupportedException unsupported) {
			return "The body must be application/json"
					+ ((unsupported.getContentType() != null) ? ", not " + unsupported.getContentType()
							: "; the request has no Content-Type");
		}
		if (status == HttpStatus.NOT_FOUND) {
			return "Nothing exists at " + path(request);
		}
		if (status.is5xxServerError()) {
			return "The server failed to answer this request";
		}
		return "The request is not one the API understands";
	}

}
