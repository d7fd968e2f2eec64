package org.easeback.web;

import java.util.List;
import java.util.Optional;

import org.easeback.shared.FieldProblem;
import org.easeback.shared.InvalidInputException;
import org.easeback.shared.LoggedError;
import org.easeback.storage.Storage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception raised by an API controller into
 * {@code application/problem+json}. Bad input is a {@code 400} whose {@code errors}
 * property lists each field; a database that cannot write (a full disk) is a {@code 503}
 * with {@code Retry-After}; anything unexpected is a {@code 500} that says nothing about
 * the server's internals.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final Storage storage;

	ApiExceptionHandler(Storage storage) {
		this.storage = storage;
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Object> invalidInput(InvalidInputException ex) {
		return Problems.badRequest(ex.problems());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return Problems.badRequest(List.of(new FieldProblem(ex.getName(), "has the wrong type or an unknown value")));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		Optional<UnusableParameter> unusable = UnusableParameter.in(ex);
		if (unusable.isPresent()) {
			return Problems.badRequest(List.of(unusable.get().problem()));
		}
		if (this.storage.explains(ex)) {
			this.storage.failed(ex);
			return Problems.storageUnavailable();
		}
		// the class and frames only: the message can quote what was sent (hazard H44)
		log.error("Unexpected error in an API call", LoggedError.withoutMessages(ex));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. Nothing you saved was lost; please try again.");
		problem.setTitle("Internal error");
		return Problems.response(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(e -> new FieldProblem(e.getField(), String.valueOf(e.getDefaultMessage())))
			.toList();
		return Problems.badRequest(problems.isEmpty() ? List.of(new FieldProblem("body", "is not valid")) : problems);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> problems = ex.getParameterValidationResults()
			.stream()
			.flatMap(r -> r.getResolvableErrors()
				.stream()
				.map(e -> new FieldProblem(r.getMethodParameter().getParameterName(),
						String.valueOf(e.getDefaultMessage()))))
			.toList();
		return Problems.badRequest(problems);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return Problems.badRequest(List.of(UnreadableBody.describe(ex)));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
		if (response != null && response.getBody() instanceof ProblemDetail problem) {
			return Problems.response(problem, response.getHeaders());
		}
		return response;
	}

}
