package org.easeback.web;

import org.easeback.shared.FieldProblem;
import org.easeback.shared.UnreadableJson;

import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;

/**
 * Names the field of a request body that could not be read (wrong JSON type, unknown enum
 * value, unknown property or broken JSON) and says what it must be, for example
 * {@code answers.fever}: "must be true or false" ({@link UnreadableJson}).
 */
final class UnreadableBody {

	private UnreadableBody() {
	}

	static FieldProblem describe(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		while (cause != null && !(cause instanceof JacksonException)) {
			cause = cause.getCause();
		}
		if (!(cause instanceof JacksonException jackson)) {
			return new FieldProblem("body", "is missing or is not valid JSON");
		}
		FieldProblem problem = UnreadableJson.describe("", jackson);
		return problem.field().isEmpty() ? new FieldProblem("body", problem.message()) : problem;
	}

}
