package org.easeback.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.easeback.storage.Storage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replaces Spring Boot's error controller. API paths (and clients that do not want HTML)
 * get {@code application/problem+json}; people get a friendly page. Neither ever shows a
 * stack trace or an exception message. A request that failed because the database cannot
 * write (a full disk) is a {@code 503} with {@code Retry-After}, whose page says so.
 */
@Controller
class ErrorPageController implements ErrorController {

	private final JsonMapper json;

	/** Keeps the exception a handler threw; absent where no web server runs (tests). */
	private final ObjectProvider<ErrorAttributes> errors;

	private final Storage storage;

	ErrorPageController(JsonMapper json, ObjectProvider<ErrorAttributes> errors, Storage storage) {
		this.json = json;
		this.errors = errors;
		this.storage = storage;
	}

	@RequestMapping(value = "${server.error.path:/error}", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = status(request);
		if (isApi(request)) {
			// a browser that asked an API path still gets the API's problem+json
			ResponseEntity<Object> problem = problem(request);
			response.setStatus(status.value());
			String retryAfter = problem.getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
			if (retryAfter != null) {
				response.setHeader(HttpHeaders.RETRY_AFTER, retryAfter);
			}
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			this.json.writeValue(response.getOutputStream(), problem.getBody());
			return null;
		}
		if (status == HttpStatus.SERVICE_UNAVAILABLE && storageFailed(request)) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Storage.RETRY_AFTER.toSeconds()));
			return new ModelAndView("error/storage", status);
		}
		String view = switch (status) {
			case NOT_FOUND -> "error/404";
			case TOO_MANY_REQUESTS -> "error/429";
			default -> "error/error";
		};
		ModelAndView page = new ModelAndView(view, status);
		if (status == HttpStatus.TOO_MANY_REQUESTS) {
			page.addObject("retryMinutes", retryMinutes(response));
		}
		page.addObject("status", status.value());
		page.addObject("reason", status.getReasonPhrase());
		if (status == HttpStatus.BAD_REQUEST) {
			this.errors.ifAvailable((errors) -> {
				Throwable error = errors.getError(new ServletWebRequest(request));
				// name the part of the address that could not be used (an edited or old
				// link)
				AddressProblem.of(error).ifPresent((problem) -> page.addObject("addressProblem", problem));
				// or the form field whose text cannot be stored
				if (error instanceof StorableParameters.UnstorableParameter unstorable) {
					page.addObject("textField", unstorable.name());
					page.addObject("textFlaw", unstorable.flaw().name());
				}
			});
		}
		return page;
	}

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<Object> problem(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable error) {
			var unusable = UnusableParameter.in(error);
			if (unusable.isPresent()) {
				return Problems.badRequest(java.util.List.of(unusable.get().problem()));
			}
		}
		if (storageFailed(request)) {
			return Problems.storageUnavailable();
		}
		HttpStatus status = status(request);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(status.getReasonPhrase());
		problem.setDetail(status == HttpStatus.NOT_FOUND ? "There is nothing at this address."
				: status.is5xxServerError() ? "Something went wrong on our side. Please try again." : null);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(java.net.URI.create(uri.toString()));
		}
		return Problems.response(problem);
	}

	/**
	 * The wait the refusal set in {@code Retry-After}, in whole minutes, at least one.
	 */
	private static long retryMinutes(HttpServletResponse response) {
		String seconds = response.getHeader(HttpHeaders.RETRY_AFTER);
		try {
			return Math.max(1, (Long.parseLong(seconds) + 59) / 60);
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	/** Whether the request failed because the database cannot write (a full disk). */
	private boolean storageFailed(HttpServletRequest request) {
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable error
				&& this.storage.explains(error)) {
			this.storage.failed(error);
			return true;
		}
		return false;
	}

	private static boolean isApi(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return uri != null && uri.toString().startsWith("/api/");
	}

	private HttpStatus status(HttpServletRequest request) {
		if (storageFailed(request)) {
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null && request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) == null) {
			// asked for /error itself, not forwarded here by an error: there is nothing
			// here
			return HttpStatus.NOT_FOUND;
		}
		if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable error
				&& UnusableParameter.in(error).isPresent()) {
			return HttpStatus.BAD_REQUEST;
		}
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
