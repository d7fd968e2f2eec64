package org.easeback.shared;

import java.util.Objects;

/**
 * One bad input field: its path as the client wrote it (for example {@code answers.fever}
 * or {@code age}) and a message a person can act on.
 */
public record FieldProblem(String field, String message) {

	public FieldProblem {
		Objects.requireNonNull(field, "field");
		Objects.requireNonNull(message, "message");
	}

}
