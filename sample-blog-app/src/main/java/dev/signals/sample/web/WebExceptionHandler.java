package dev.signals.sample.web;

import dev.signals.sample.service.ConflictException;
import dev.signals.sample.service.InvalidFieldException;
import dev.signals.sample.service.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows the pages' failures as a page that says what went wrong: 404 for unknown articles,
 * tags and authors, 400 for bad input outside a form, 409 for refused writes.
 */
@ControllerAdvice(basePackageClasses = WebExceptionHandler.class)
class WebExceptionHandler {

	@ExceptionHandler
	ModelAndView notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ModelAndView invalid(InvalidFieldException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler
	ModelAndView conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage());
	}

	private static ModelAndView problem(HttpStatus status, String message) {
		ModelAndView page = new ModelAndView("problem", status);
		page.addObject("status", status.value());
		page.addObject("reason", status.getReasonPhrase());
		page.addObject("message", message);
		return page;
	}

}
