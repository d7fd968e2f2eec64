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

	/**
	 * The same problem for a part of a larger document, its path prefixed with where the
	 * part sits: under {@code diary.entries[3]}, {@code pain} becomes
	 * {@code diary.entries[3].pain}, {@code [0]} becomes {@code diary.entries[3][0]} and
	 * an empty path the part itself.
	 */
	public FieldProblem under(String at) {
		if (at.isEmpty()) {
			return this;
		}
		String path = this.field.isEmpty() ? at : this.field.startsWith("[") ? at + this.field : at + "." + this.field;
		return new FieldProblem(path, this.message);
	}

}
