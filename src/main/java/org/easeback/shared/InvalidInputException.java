package org.easeback.shared;

import java.util.List;

/**
 * Thrown by any module when input passed type checks but breaks a rule of the domain (an
 * age outside 0-120, an onset date in the future, an unknown question id). The web layer
 * answers it with {@code 400} problem+json that lists every field.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(summary(problems));
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("an invalid input names at least one field");
		}
		this.problems = List.copyOf(problems);
	}

	public InvalidInputException(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

	/**
	 * The same problems for a part of a larger document: each field's path is prefixed
	 * with where the part sits ({@code diary.entries[3]} turns {@code pain} into
	 * {@code diary.entries[3].pain}).
	 */
	public InvalidInputException within(String at) {
		return new InvalidInputException(this.problems.stream().map(p -> p.under(at)).toList());
	}

	private static String summary(List<FieldProblem> problems) {
		return problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse("");
	}

}
