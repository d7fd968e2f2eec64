package org.easeback.safety;

import java.util.Optional;

/**
 * A red flag of the table: a "yes" to its question leads to the question's outcome
 * ({@link Outcome#URGENT} or {@link Outcome#SEE_CLINICIAN}) with the reason and source
 * given here.
 */
record RedFlagRule(Question question, String reason, String source) implements SafetyRule {

	RedFlagRule {
		if (!question.isRedFlag()) {
			throw new IllegalArgumentException(question.id() + " is not a red flag");
		}
	}

	@Override
	public String id() {
		return this.question.id();
	}

	@Override
	public Optional<Finding> evaluate(CheckContext context) {
		if (!context.yes(this.question)) {
			return Optional.empty();
		}
		return Optional.of(Finding.of(id(), this.question.outcome(), this.reason, this.source));
	}

}
