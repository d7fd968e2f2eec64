package org.easeback.handoff.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The one answer for a change based on an old version. */
final class Conflicts {

	private Conflicts() {
	}

	static ProblemDetail stale(HttpServletRequest request, String what) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The " + what + " was changed since you read it. Read it again, then apply your change.");
		problem.setTitle("Conflict");
		problem.setInstance(URI.create(request.getRequestURI()));
		return problem;
	}

}
