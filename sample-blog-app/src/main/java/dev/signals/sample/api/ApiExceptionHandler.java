package dev.signals.sample.api;

import java.util.List;
import java.util.Map;

import dev.signals.sample.service.ConflictException;
import dev.signals.sample.service.InvalidFieldException;
import dev.signals.sample.service.NotFoundException;
import dev.signals.sample.service.WriteConflicts;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers the JSON API's failures with problem details (RFC 9457,
 * {@code application/problem+json}): 400 with an {@code errors} list naming each bad field
 * (invalid or unreadable), 404 for unknown ids (and ids that are not numbers, as for a URL
 * that matches nothing), 409 for refused writes (with {@code errors} when a field is at fault)
 * and for writes that collided with a concurrent one. {@link ApiErrorController} answers the
 * failures that happen before an API controller is chosen.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(ApiExceptionHandler::fieldError)
			.toList();
		return handleExceptionInternal(ex, invalidFields(ex.getBody(), errors), headers, status, request);
	}

	/**
	 * A body that cannot be read: a 400 naming the field at fault, or, when the body as a
	 * whole is wrong (missing, not JSON, not an object), saying what the endpoint expects.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = UnreadableField.of(ex)
			.map((field) -> invalidFields(ProblemDetail.forStatus(status),
					List.of(error(field.field(), field.message()))))
			.orElseGet(() -> ProblemDetail.forStatusAndDetail(status, UnreadableField.describeBody(ex)
					+ ExpectedBody.of(((ServletWebRequest) request).getRequest())
						.map((expected) -> "; expected a JSON object: " + expected)
						.orElse("")));
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		if (ex instanceof MethodArgumentTypeMismatchException mismatch
				&& mismatch.getParameter().hasParameterAnnotation(PathVariable.class)) {
			String path = ((ServletWebRequest) request).getRequest().getRequestURI();
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"Nothing exists at " + path + ": '" + mismatch.getValue() + "' is not an id");
			return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
		}
		return super.handleTypeMismatch(ex, headers, status, request);
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalidField(InvalidFieldException ex) {
		return invalidFields(ProblemDetail.forStatus(HttpStatus.BAD_REQUEST),
				List.of(error(ex.getField(), ex.getMessage())));
	}

	@ExceptionHandler
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
		if (ex.getField() != null) {
			problem.setProperty("errors", List.of(error(ex.getField(), ex.getMessage())));
		}
		return problem;
	}

	/**
	 * A write that collided with a concurrent one (a unique key taken between its check and
	 * its insert, a deadlock, a lock it could not get) is a 409: nothing of it was written
	 * and trying again may succeed. A write the database refused for good is a 500, logged:
	 * validation should have refused its input. Other persistence failures stay a 500.
	 */
	@ExceptionHandler({ DataIntegrityViolationException.class, ConcurrencyFailureException.class })
	ProblemDetail concurrentWrite(DataAccessException ex) {
		if (!WriteConflicts.isCollision(ex)) {
			logger.error("A write failed for good; its input should have been refused as invalid", ex);
			return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
					"The server failed to answer this request");
		}
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The write conflicts with another one made at the same time; nothing was written. Try again.");
	}

	private static ProblemDetail invalidFields(ProblemDetail problem, List<Map<String, String>> errors) {
		problem.setDetail("Invalid field(s): "
				+ String.join(", ", errors.stream().map((error) -> error.get("field")).distinct().toList()));
		problem.setProperty("errors", errors);
		return problem;
	}

	private static Map<String, String> fieldError(FieldError error) {
		return error(error.getField(), String.valueOf(error.getDefaultMessage()));
	}

	private static Map<String, String> error(String field, String message) {
		return Map.of("field", field, "message", message);
	}

}
