package org.easeback.web;

import java.util.List;

import org.easeback.shared.FieldProblem;
import org.easeback.storage.Storage;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** Builds the {@code application/problem+json} answers of the API. */
final class Problems {

	private Problems() {
	}

	static ResponseEntity<Object> badRequest(List<FieldProblem> problems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has invalid fields: "
						+ String.join(", ", problems.stream().map(FieldProblem::field).toList()));
		problem.setTitle("Invalid request");
		problem.setProperty("errors", problems);
		return response(problem);
	}

	/**
	 * The database cannot write (a full disk): {@code 503} with {@code Retry-After}, in
	 * words a person can act on.
	 */
	static ResponseEntity<Object> storageUnavailable() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, STORAGE_DETAIL);
		problem.setTitle("Cannot save right now");
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(Storage.RETRY_AFTER.toSeconds()));
		return response(problem, headers);
	}

	static final String STORAGE_DETAIL = "EaseBack cannot save anything right now: its storage is full or failing. "
			+ "Nothing you saved before is lost. Please try again in a few minutes.";

	static ResponseEntity<Object> response(ProblemDetail problem) {
		return response(problem, HttpHeaders.EMPTY);
	}

	static ResponseEntity<Object> response(ProblemDetail problem, HttpHeaders headers) {
		return ResponseEntity.status(problem.getStatus())
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

}
