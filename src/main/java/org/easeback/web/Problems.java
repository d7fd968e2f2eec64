package org.easeback.web;

import java.util.List;

import org.easeback.shared.FieldProblem;

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
