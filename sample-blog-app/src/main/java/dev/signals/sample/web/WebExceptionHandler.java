package dev.signals.sample.web;

import java.util.stream.Collectors;

import dev.signals.sample.service.ConflictException;
import dev.signals.sample.service.InvalidFieldException;
import dev.signals.sample.service.NotFoundException;
import dev.signals.sample.service.WriteConflicts;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows the pages' failures on the {@code error} page, the one Spring Boot shows for
 * everything else, with a message that says what went wrong: 404 for unknown articles, tags
 * and authors (and ids that are not numbers), 400 for bad input outside a form, 409 for
 * refused writes and for writes that collided with a concurrent one.
 */
@ControllerAdvice(basePackageClasses = WebExceptionHandler.class)
class WebExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(WebExceptionHandler.class);

	@ExceptionHandler
	ModelAndView notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ModelAndView notAnId(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		if (!ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			throw ex;
		}
		return problem(HttpStatus.NOT_FOUND,
				"There is nothing at " + request.getRequestURI() + ": '" + ex.getValue() + "' is not an id.");
	}

	@ExceptionHandler
	ModelAndView invalid(InvalidFieldException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler
	ModelAndView invalidParameters(MethodArgumentNotValidException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid field(s): " + ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(WebExceptionHandler::describe)
			.collect(Collectors.joining("; ")));
	}

	@ExceptionHandler
	ModelAndView conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage());
	}

	/**
	 * A write that collided with a concurrent one (a unique key taken between its check and
	 * its insert, a deadlock, a lock it could not get) is a 409: nothing of it was written
	 * and trying again may succeed. A write the database refused for good is a 500, logged:
	 * validation should have refused its input. Other persistence failures stay a 500.
	 */
	@ExceptionHandler({ DataIntegrityViolationException.class, ConcurrencyFailureException.class })
	ModelAndView concurrentWrite(DataAccessException ex) {
		if (!WriteConflicts.isCollision(ex)) {
			logger.error("A write failed for good; its input should have been refused as invalid", ex);
			return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; nothing was saved.");
		}
		return problem(HttpStatus.CONFLICT,
				"Somebody else changed the same data at the same moment, so nothing was saved. Go back and try again.");
	}

	private static String describe(FieldError error) {
		String problem = error.isBindingFailure() ? "'" + error.getRejectedValue() + "' is not a valid value"
				: error.getDefaultMessage();
		return error.getField() + ": " + problem;
	}

	private static ModelAndView problem(HttpStatus status, String message) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("error", status.getReasonPhrase());
		page.addObject("message", message);
		return page;
	}

}
