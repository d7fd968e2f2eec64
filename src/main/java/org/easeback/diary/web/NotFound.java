package org.easeback.diary.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The one answer for an id the signed-in user does not own: whether it belongs to someone
 * else or does not exist is not revealed.
 */
final class NotFound {

	private NotFound() {
	}

	static ErrorResponseException of(String what, long id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no " + what + " " + id + " in your diary.");
		problem.setTitle("Not Found");
		return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
	}

}
